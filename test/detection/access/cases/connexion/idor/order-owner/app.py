import connexion

app = connexion.FlaskApp(__name__)
app.add_api("openapi.yaml", strict_validation=True)
