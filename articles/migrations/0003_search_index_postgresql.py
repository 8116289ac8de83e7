import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
import django.db.models.functions.text
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


def plan_from_the_index(apps, schema_editor):
    # Without statistics on the vector, PostgreSQL expects every search to match few articles
    # and reads matches from the GIN index. With them, it scans the table for a common word and
    # reads every article's vector, ten times slower.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE articles_postgressearchdocument ALTER COLUMN vector SET STATISTICS 0"
        )


class Migration(migrations.Migration):
    """PostgreSQL's search documents: weighted vectors and trigrams. Nothing on SQLite."""

    dependencies = [
        ("articles", "0002_images_redirects_and_derived_fields"),
    ]

    operations = [
        TrigramExtension(),
        migrations.CreateModel(
            name="PostgresSearchDocument",
            fields=[
                ("post", models.OneToOneField(on_delete=django.db.models.deletion.DO_NOTHING, primary_key=True, related_name="postgres_search", serialize=False, to="articles.post")),
                ("title", models.TextField()),
                ("tags", models.TextField()),
                ("excerpt", models.TextField()),
                ("body", models.TextField()),
                ("vector", models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector("title", config="english", weight="A"), "||", django.contrib.postgres.search.SearchVector("tags", config="english", weight="B"), django.contrib.postgres.search.SearchConfig("english")), "||", django.contrib.postgres.search.SearchVector("excerpt", config="english", weight="C"), django.contrib.postgres.search.SearchConfig("english")), "||", django.contrib.postgres.search.SearchVector("body", config="english", weight="D"), django.contrib.postgres.search.SearchConfig("english")), output_field=django.contrib.postgres.search.SearchVectorField())),
                ("rank_vector", models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector("title", config="english", weight="A"), "||", django.contrib.postgres.search.SearchVector("tags", config="english", weight="B"), django.contrib.postgres.search.SearchConfig("english")), "||", django.contrib.postgres.search.SearchVector("excerpt", config="english", weight="C"), django.contrib.postgres.search.SearchConfig("english")), "||", django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Substr("body", 1, 300), config="english", weight="D"), django.contrib.postgres.search.SearchConfig("english")), output_field=django.contrib.postgres.search.SearchVectorField())),
                ("names", models.GeneratedField(db_persist=True, expression=django.db.models.functions.text.Concat("title", models.Value(" "), "tags", output_field=models.TextField()), output_field=models.TextField())),
            ],
            options={
                "required_db_vendor": "postgresql",
                "indexes": [
                    django.contrib.postgres.indexes.GinIndex(fields=["vector"], name="post_search_vector"),
                    django.contrib.postgres.indexes.GistIndex(django.contrib.postgres.indexes.OpClass("names", name="gist_trgm_ops"), name="post_search_names"),
                ],
            },
        ),
        migrations.RunPython(plan_from_the_index, migrations.RunPython.noop, elidable=False),
    ]
