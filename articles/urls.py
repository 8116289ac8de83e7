from django.urls import path

from articles import feeds, views
from practice.page_cache import public_page

app_name = "articles"

urlpatterns = [
    path("", public_page(views.PostListView.as_view()), name="list"),
    path("feed/", public_page(feeds.LatestPostsFeed()), name="feed"),
    path("feed/atom/", public_page(feeds.LatestPostsAtomFeed()), name="atom_feed"),
    path("tags/<slug:slug>/", public_page(views.TagView.as_view()), name="tag"),
    path("authors/<slug:slug>/", public_page(views.AuthorView.as_view()), name="author"),
    path("<slug:slug>/", public_page(views.PostDetailView.as_view()), name="detail"),
]
