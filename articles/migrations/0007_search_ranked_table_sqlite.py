import re

from django.db import migrations

RANKED_OPENING_LENGTH = 300
WORD_AT_END = re.compile(r"\S+\Z")

# The title, tags, excerpt and the body's opening of each post, which bm25 ranks by, as
# PostgreSQL's rank_vector.
CREATE_TABLE = """CREATE VIRTUAL TABLE articles_post_fts_ranked USING fts5(
    title, tags, excerpt, opening, tokenize = 'porter unicode61 remove_diacritics 2'
)"""


def opening(body):
    """The body's first characters, without a word the cut would go through."""
    cut = body[:RANKED_OPENING_LENGTH]
    if len(body) > RANKED_OPENING_LENGTH and not body[RANKED_OPENING_LENGTH].isspace():
        cut = WORD_AT_END.sub("", cut)
    return cut


def create_table(apps, schema_editor):
    """Make the table and fill it from the full one, which keeps each column's text."""
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(CREATE_TABLE)
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT rowid, title, tags, excerpt, body FROM articles_post_fts")
        rows = [(*row[:4], opening(row[4])) for row in cursor.fetchall()]
        cursor.executemany(
            "INSERT INTO articles_post_fts_ranked (rowid, title, tags, excerpt, opening) "
            "VALUES (%s, %s, %s, %s, %s)",
            rows,
        )


def drop_table(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE articles_post_fts_ranked")


class Migration(migrations.Migration):
    """SQLite ranks by a small table of each post's leading words. Nothing on PostgreSQL."""

    dependencies = [
        ("articles", "0006_search_visibility_by_hidden_posts"),
    ]

    operations = [
        migrations.RunPython(create_table, drop_table, elidable=False),
    ]
