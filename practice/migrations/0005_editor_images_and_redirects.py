"""Editors place pictures from the image library and keep old article addresses working."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_MODELS = [("practice", "image"), ("articles", "postredirect")]
ACTIONS = ("view", "add", "change", "delete")


def editor_permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    wanted = [
        Permission.objects.filter(
            content_type__app_label=app_label,
            codename__in=[f"{action}_{model}" for action in ACTIONS],
        )
        for app_label, model in EDITOR_MODELS
    ]
    return [permission for permissions in wanted for permission in permissions]


def grant_editor(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    editor, _ = apps.get_model("auth", "Group").objects.get_or_create(name="Editor")
    editor.permissions.add(*editor_permissions(apps))


def revoke_editor(apps, schema_editor):
    for editor in apps.get_model("auth", "Group").objects.filter(name="Editor"):
        editor.permissions.remove(*editor_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("practice", "0004_privacy_notice_versions"),
        ("articles", "0002_images_redirects_and_derived_fields"),
        ("booking", "0002_intake_and_editor_groups"),
    ]

    operations = [migrations.RunPython(grant_editor, revoke_editor)]
