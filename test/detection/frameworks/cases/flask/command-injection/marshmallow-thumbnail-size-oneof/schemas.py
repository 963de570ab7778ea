from marshmallow import Schema, fields, validate

SIZES = ["64x64", "128x128", "256x256"]


class ThumbnailRequest(Schema):
    image = fields.Str(required=True)
    size = fields.Str(required=True, validate=validate.OneOf(SIZES))
