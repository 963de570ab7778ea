def to_dict(obj):
    return {column.key: getattr(obj, column.key) for column in obj.__mapper__.column_attrs}
