from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Profile(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, unique=True)
    display_name = db.Column(db.String(80))
    bio = db.Column(db.Text)
    moderation_state = db.Column(db.String(20))
    moderator_comment = db.Column(db.Text)
