import tornado.web
import yaml


class ConfigImportHandler(tornado.web.RequestHandler):
    def put(self):
        config = yaml.safe_load(self.request.body) or {}
        self.application.settings["live_config"].update(config)
        self.write({"keys": sorted(config)})


app = tornado.web.Application([(r"/config", ConfigImportHandler)], live_config={})
