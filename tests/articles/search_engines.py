"""What tests of query counts need to know about the database answering searches."""

from django.db import connection

# PostgreSQL ranks and counts the matches in one query; SQLite counts them, then ranks a page.
RANKING_QUERIES = 1 if connection.vendor == "postgresql" else 2

# The site index, built by the first article or search page after a change (articles.site_index).
SITE_INDEX_QUERIES = 5
