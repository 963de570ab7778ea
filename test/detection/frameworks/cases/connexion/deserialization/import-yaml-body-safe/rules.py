import yaml


def import_rules(body):
    rules = yaml.safe_load(body) or []
    return {"imported": len(rules)}
