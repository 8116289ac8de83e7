"""The two kinds of staff: Intake answers session requests; Editor writes, and never sees them.

Permissions are normally created after all migrations have run, so they are created here first.
A model added later to articles or practice gives Editor its permissions in its own migration.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

INTAKE_PERMISSIONS = [
    ("booking", "view_sessionrequest"),
    ("booking", "change_sessionrequest"),
    ("booking", "view_sessiontype"),
    ("booking", "add_sessiontype"),
    ("booking", "change_sessiontype"),
]
EDITOR_MODELS = [
    ("articles", "post"),
    ("articles", "author"),
    ("taggit", "tag"),
    ("taggit", "taggeditem"),
    ("practice", "page"),
]
EDITOR_PERMISSIONS = [
    (app_label, f"{action}_{model}")
    for app_label, model in EDITOR_MODELS
    for action in ("view", "add", "change", "delete")
]


def make_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in (("Intake", INTAKE_PERMISSIONS), ("Editor", EDITOR_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in wanted:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Intake", "Editor"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("booking", "0001_initial"),
        ("articles", "0001_initial"),
        ("practice", "0001_initial"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(make_groups, remove_groups)]
