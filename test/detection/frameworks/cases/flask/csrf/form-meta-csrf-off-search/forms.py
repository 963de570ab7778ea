from flask_wtf import FlaskForm
from wtforms import PasswordField, SearchField
from wtforms.validators import DataRequired, EqualTo, Length


class SearchForm(FlaskForm):
    class Meta:
        csrf = False

    q = SearchField("Search")


class ChangePasswordForm(FlaskForm):
    new_password = PasswordField("New password", validators=[DataRequired(), Length(min=12)])
    confirm = PasswordField("Confirm", validators=[EqualTo("new_password")])
