from marshmallow import Schema, fields


class ThumbnailRequest(Schema):
    image = fields.Str(required=True)
    size = fields.Str(required=True)
