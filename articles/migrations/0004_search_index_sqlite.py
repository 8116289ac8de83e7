import django.db.models.deletion
from django.db import migrations, models

CREATE_TABLES = [
    # The Porter stemmer over Unicode words, accents folded: "bonds" finds "bonding".
    """CREATE VIRTUAL TABLE articles_post_fts USING fts5(
        title, tags, excerpt, body, tokenize = 'porter unicode61 remove_diacritics 2'
    )""",
    # Titles and tags cut into trigrams, to find what a misspelt word was meant to be.
    """CREATE VIRTUAL TABLE articles_post_trigrams USING fts5(
        title, tags, tokenize = 'trigram'
    )""",
]


def create_tables(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in CREATE_TABLES:
            schema_editor.execute(statement)


def drop_tables(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE articles_post_trigrams")
        schema_editor.execute("DROP TABLE articles_post_fts")


class Migration(migrations.Migration):
    """SQLite's search index: FTS5 tables whose rowid is the post's id. Nothing on PostgreSQL."""

    dependencies = [
        ("articles", "0003_search_index_postgresql"),
    ]

    operations = [
        migrations.CreateModel(
            name="SqliteSearchDocument",
            fields=[
                ("post", models.OneToOneField(db_column="rowid", on_delete=django.db.models.deletion.DO_NOTHING, primary_key=True, related_name="sqlite_search", serialize=False, to="articles.post")),
                ("index", models.TextField(db_column="articles_post_fts")),
            ],
            options={
                "db_table": "articles_post_fts",
                "managed": False,
                "required_db_vendor": "sqlite",
            },
        ),
        migrations.RunPython(create_tables, drop_tables, elidable=False),
    ]
