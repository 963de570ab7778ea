from newsletter import mailer, subscriptions


def sign_up(body):
    token = subscriptions.pending(body["email"])
    mailer.send_confirmation(body["email"], token)
    return {"status": "confirmation sent"}, 202


def list_subscriptions(user):
    return subscriptions.of(user)


def unsubscribe_all(user):
    subscriptions.remove_all(user)
    return None, 204
