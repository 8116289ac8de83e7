import django.db.models.deletion
import django.db.models.functions.text
from django.db import migrations, models
from django.db.models.functions import Coalesce, Substr

from articles.fields import GinIndex, GistIndex, TsvectorField


# The excerpt of a result: the stretch of `body` from a little before the first word starting
# with one of `prefixes` (a word as it is written, a match as the stemmer sees it), cut at whole
# words, with the matches of `query` marked. ts_headline() is given only that stretch: given the
# whole article it would read all of it, a millisecond or two each.
CREATE_EXCERPT_FUNCTION = r"""
    CREATE FUNCTION articles_search_excerpt(
        body text, query tsquery, prefixes text[], lead integer, length integer,
        start_sel text, stop_sel text
    ) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
    DECLARE
        lowered text := ' ' || lower(body);
        prefix text;
        found integer;
        first integer;
        start integer;
        cut_before boolean;
        cut_after boolean;
        stretch text;
    BEGIN
        FOREACH prefix IN ARRAY prefixes LOOP
            found := strpos(lowered, ' ' || prefix);
            IF found > 0 AND (first IS NULL OR found < first) THEN
                first := found;
            END IF;
        END LOOP;
        start := greatest(coalesce(first, 1) - lead, 1);
        cut_before := start > 1;
        cut_after := char_length(body) >= start + length;
        stretch := substr(body, start, length);
        IF cut_before THEN
            stretch := regexp_replace(stretch, '^\S*\s+', '');
        END IF;
        IF cut_after THEN
            stretch := regexp_replace(stretch, '\s+\S*$', '');
        END IF;
        RETURN CASE WHEN cut_before THEN '… ' ELSE '' END
            || ts_headline(
                'english', stretch, query,
                'StartSel=' || start_sel || ', StopSel=' || stop_sel || ', HighlightAll=true'
            )
            || CASE WHEN cut_after THEN ' …' ELSE '' END;
    END
    $$
"""


def create_trigram_extension(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def drop_trigram_extension(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP EXTENSION IF EXISTS pg_trgm")


def create_functions_and_plan(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_EXCERPT_FUNCTION)
        # Without statistics on the vector, PostgreSQL expects every search to match few
        # articles and reads matches from the GIN index. With them, it scans the table for a
        # common word and reads every article's vector, ten times slower.
        schema_editor.execute(
            "ALTER TABLE articles_postgressearchdocument ALTER COLUMN vector SET STATISTICS 0"
        )


def drop_functions(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "DROP FUNCTION articles_search_excerpt(text, tsquery, text[], integer, integer, "
            "text, text)"
        )


class Migration(migrations.Migration):
    """PostgreSQL's search documents: weighted vectors and trigrams. Nothing on SQLite."""

    dependencies = [
        ("articles", "0002_images_redirects_and_derived_fields"),
    ]

    operations = [
        migrations.RunPython(create_trigram_extension, drop_trigram_extension, elidable=False),
        migrations.CreateModel(
            name="PostgresSearchDocument",
            fields=[
                ("post", models.OneToOneField(on_delete=django.db.models.deletion.DO_NOTHING, primary_key=True, related_name="postgres_search", serialize=False, to="articles.post")),
                ("title", models.TextField()),
                ("tags", models.TextField()),
                ("excerpt", models.TextField()),
                ("body", models.TextField()),
                ("vector", models.GeneratedField(db_persist=True, expression=models.Func(models.Func(models.Func(models.Func(models.Value('english'), output_field=models.TextField(), template='%(expressions)s::regconfig'), Coalesce('title', models.Value('')), function='to_tsvector', output_field=TsvectorField()), models.Value('A'), function='setweight', output_field=TsvectorField()), models.Func(models.Func(models.Func(models.Value('english'), output_field=models.TextField(), template='%(expressions)s::regconfig'), Coalesce('tags', models.Value('')), function='to_tsvector', output_field=TsvectorField()), models.Value('B'), function='setweight', output_field=TsvectorField()), models.Func(models.Func(models.Func(models.Value('english'), output_field=models.TextField(), template='%(expressions)s::regconfig'), Coalesce('excerpt', models.Value('')), function='to_tsvector', output_field=TsvectorField()), models.Value('C'), function='setweight', output_field=TsvectorField()), models.Func(models.Func(models.Func(models.Value('english'), output_field=models.TextField(), template='%(expressions)s::regconfig'), Coalesce('body', models.Value('')), function='to_tsvector', output_field=TsvectorField()), models.Value('D'), function='setweight', output_field=TsvectorField()), arg_joiner=' || ', output_field=TsvectorField(), template='%(expressions)s'), output_field=TsvectorField())),
                ("rank_vector", models.GeneratedField(db_persist=True, expression=models.Func(models.Func(models.Func(models.Func(models.Value('english'), output_field=models.TextField(), template='%(expressions)s::regconfig'), Coalesce('title', models.Value('')), function='to_tsvector', output_field=TsvectorField()), models.Value('A'), function='setweight', output_field=TsvectorField()), models.Func(models.Func(models.Func(models.Value('english'), output_field=models.TextField(), template='%(expressions)s::regconfig'), Coalesce('tags', models.Value('')), function='to_tsvector', output_field=TsvectorField()), models.Value('B'), function='setweight', output_field=TsvectorField()), models.Func(models.Func(models.Func(models.Value('english'), output_field=models.TextField(), template='%(expressions)s::regconfig'), Coalesce('excerpt', models.Value('')), function='to_tsvector', output_field=TsvectorField()), models.Value('C'), function='setweight', output_field=TsvectorField()), models.Func(models.Func(models.Func(models.Value('english'), output_field=models.TextField(), template='%(expressions)s::regconfig'), Coalesce(Substr('body', 1, 300), models.Value('')), function='to_tsvector', output_field=TsvectorField()), models.Value('D'), function='setweight', output_field=TsvectorField()), arg_joiner=' || ', output_field=TsvectorField(), template='%(expressions)s'), output_field=TsvectorField())),
                ("names", models.GeneratedField(db_persist=True, expression=django.db.models.functions.text.Concat("title", models.Value(" "), "tags", output_field=models.TextField()), output_field=models.TextField())),
            ],
            options={
                "required_db_vendor": "postgresql",
                "indexes": [
                    GinIndex(fields=["vector"], name="post_search_vector"),
                    GistIndex(fields=["names"], name="post_search_names", opclasses=["gist_trgm_ops"]),
                ],
            },
        ),
        migrations.RunPython(create_functions_and_plan, drop_functions, elidable=False),
    ]
