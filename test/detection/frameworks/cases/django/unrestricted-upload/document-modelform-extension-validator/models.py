from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models


class SharedDocument(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=200)
    file = models.FileField(upload_to="shared/%Y/%m/", validators=[FileExtensionValidator(["pdf", "docx", "xlsx", "png", "jpg"])])
    uploaded_at = models.DateTimeField(auto_now_add=True)
