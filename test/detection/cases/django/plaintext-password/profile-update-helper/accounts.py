from .models import Subscriber


def update_credentials(subscriber: Subscriber, email: str, raw_password: str) -> None:
    subscriber.email = email
    subscriber.secret = raw_password
    subscriber.save()
