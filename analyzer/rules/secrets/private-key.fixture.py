import jwt
from cryptography.hazmat.primitives import serialization

JWT_SIGNING_KEY = """-----BEGIN RSA PRIVATE KEY-----  # expect: PY-SECRET-PRIVATE-KEY
c92P2+zHd3OC2pYwL82DeaGdyy8Yck0kF4nP47GiCpj7ZfZzp72dpiifA9SHEA8J
MOE9mQfHdlNwl9cyhDujS38BqRV1p0do/43+7tcVtUFQwjqDSQcRkMQbZhvYSmIR
9QTYrwA2Ne3pDXhg+rVlaxKQoTLHrEVWFk9VA/ZowuweIj+0GQIPd8x8La6PMHKC
MPy7xCFrpGIdZWv9NgBF3fj5zZdN/+IFNS9k/tqapJMZCv0lNnFCAsWcVNRLYhIT
FzWVoj4DmV5fn3Qg9ZZ71ZMi3WIuoCdP6DrRnD+5MCi9ofCNMq/zY+F7mhRrDBob
CYP2QT29tGRBa9LnmH1LhSztuPoRIDp6j6fanZ0SRzbq6jS/BBFEaXI/DwstSF6H
kvkhF1wj5HP7VKi7
-----END RSA PRIVATE KEY-----"""

DEPLOY_KEY = (
    "-----BEGIN OPENSSH PRIVATE KEY-----\n"  # expect: PY-SECRET-PRIVATE-KEY
    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
    "QyNTUxOQAAACDa8k2c7yQm5V0bB1qf4n2mJ8x9cZ3h6T1r4w7e0y2u5gAAAJgx2mQ3MdpkN\n"
    "-----END OPENSSH PRIVATE KEY-----\n"
)

PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----  # ok: PY-SECRET-PRIVATE-KEY
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB
-----END PUBLIC KEY-----"""

DOC_SNIPPET = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"  # ok: PY-SECRET-PRIVATE-KEY


def signing_key(path):
    with open(path, "rb") as fh:  # ok: PY-SECRET-PRIVATE-KEY
        return serialization.load_pem_private_key(fh.read(), password=None)
