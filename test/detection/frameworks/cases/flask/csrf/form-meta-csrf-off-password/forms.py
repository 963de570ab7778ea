from flask_wtf import FlaskForm
from wtforms import PasswordField
from wtforms.validators import DataRequired, EqualTo, Length


class ChangePasswordForm(FlaskForm):
    class Meta:
        csrf = False

    new_password = PasswordField("New password", validators=[DataRequired(), Length(min=12)])
    confirm = PasswordField("Confirm", validators=[EqualTo("new_password")])
