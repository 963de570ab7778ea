import falcon

from resources import SensorCalibration, SensorReadings

app = falcon.App()
app.add_route("/sensors/{sensor_id:int}/readings", SensorReadings())
app.add_route("/sensors/{sensor_id:int}/calibration", SensorCalibration())
