import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
import django.db.models.functions.text
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


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
        migrations.RunPython(create_functions_and_plan, drop_functions, elidable=False),
    ]
