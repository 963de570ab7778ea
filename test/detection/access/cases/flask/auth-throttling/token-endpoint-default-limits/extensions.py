from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

limiter = Limiter(get_remote_address, default_limits=["30 per minute", "500 per day"], storage_uri="redis://cache:6379/2")
