from fleet import commands, inventory


def status():
    return {"ok": True}


def list_devices(user):
    return [d.as_dict() for d in inventory.for_owner(user)]


def factory_reset(device_id):
    commands.enqueue(device_id, "factory-reset")
    return {"queued": device_id}, 202
