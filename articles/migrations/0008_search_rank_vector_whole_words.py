import articles.fields
import django.db.models.functions.comparison
import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):
    """PostgreSQL ranks by whole words only, found through an index of their own."""

    dependencies = [
        ("articles", "0007_search_ranked_table_sqlite"),
    ]

    operations = [
        # PostgreSQL cannot change how a generated column is computed: it is made again.
        migrations.RemoveField(
            model_name="postgressearchdocument",
            name="rank_vector",
        ),
        migrations.AddField(
            model_name="postgressearchdocument",
            name="rank_vector",
            field=models.GeneratedField(
                db_persist=True,
                expression=models.Func(
                    models.Func(
                        models.Func(
                            models.Func(
                                models.Value("english"),
                                output_field=models.TextField(),
                                template="%(expressions)s::regconfig",
                            ),
                            django.db.models.functions.comparison.Coalesce(
                                "title", models.Value("")
                            ),
                            function="to_tsvector",
                            output_field=articles.fields.TsvectorField(),
                        ),
                        models.Value("A"),
                        function="setweight",
                        output_field=articles.fields.TsvectorField(),
                    ),
                    models.Func(
                        models.Func(
                            models.Func(
                                models.Value("english"),
                                output_field=models.TextField(),
                                template="%(expressions)s::regconfig",
                            ),
                            django.db.models.functions.comparison.Coalesce(
                                "tags", models.Value("")
                            ),
                            function="to_tsvector",
                            output_field=articles.fields.TsvectorField(),
                        ),
                        models.Value("B"),
                        function="setweight",
                        output_field=articles.fields.TsvectorField(),
                    ),
                    models.Func(
                        models.Func(
                            models.Func(
                                models.Value("english"),
                                output_field=models.TextField(),
                                template="%(expressions)s::regconfig",
                            ),
                            django.db.models.functions.comparison.Coalesce(
                                "excerpt", models.Value("")
                            ),
                            function="to_tsvector",
                            output_field=articles.fields.TsvectorField(),
                        ),
                        models.Value("C"),
                        function="setweight",
                        output_field=articles.fields.TsvectorField(),
                    ),
                    models.Func(
                        models.Func(
                            models.Func(
                                models.Value("english"),
                                output_field=models.TextField(),
                                template="%(expressions)s::regconfig",
                            ),
                            django.db.models.functions.comparison.Coalesce(
                                models.Func(
                                    django.db.models.functions.text.Substr(
                                        django.db.models.functions.text.Concat(
                                            "body", models.Value(" ")
                                        ),
                                        1,
                                        301,
                                    ),
                                    models.Value("\\S*$"),
                                    models.Value(""),
                                    function="regexp_replace",
                                    output_field=models.TextField(),
                                ),
                                models.Value(""),
                            ),
                            function="to_tsvector",
                            output_field=articles.fields.TsvectorField(),
                        ),
                        models.Value("D"),
                        function="setweight",
                        output_field=articles.fields.TsvectorField(),
                    ),
                    arg_joiner=" || ",
                    output_field=articles.fields.TsvectorField(),
                    template="%(expressions)s",
                ),
                output_field=articles.fields.TsvectorField(),
            ),
        ),
        migrations.AddIndex(
            model_name="postgressearchdocument",
            index=articles.fields.GinIndex(fields=["rank_vector"], name="post_search_rank_vector"),
        ),
    ]
