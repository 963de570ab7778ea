import yaml


def import_rules(body):
    rules = yaml.load(body, Loader=yaml.UnsafeLoader)
    return {"imported": len(rules)}
