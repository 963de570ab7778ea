import falcon

from hooks import require_api_key
from plant import sensors


@falcon.before(require_api_key)
class SensorReadings:
    def on_get(self, req, resp, sensor_id):
        resp.media = sensors.readings(sensor_id, limit=req.get_param_as_int("limit", default=100))


@falcon.before(require_api_key)
class SensorCalibration:
    def on_post(self, req, resp, sensor_id):
        body = req.get_media()
        sensors.calibrate(sensor_id, offset=float(body["offset"]), gain=float(body["gain"]))
        resp.status = falcon.HTTP_202
        resp.media = {"sensor": sensor_id, "calibration": "scheduled"}
