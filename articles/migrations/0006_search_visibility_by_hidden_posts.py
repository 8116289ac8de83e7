from django.db import migrations


class Migration(migrations.Migration):
    """Search leaves out the few hidden posts instead of checking every match by id."""

    dependencies = [
        ("articles", "0005_search_index_fill"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="post",
            name="post_visibility_by_id",
        ),
    ]
