from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path

from articles.sitemaps import ArticleIndexSitemap, AuthorSitemap, PostSitemap, TagSitemap
from articles.views import SearchView
from practice import views
from practice.page_cache import public_page
from practice.sitemaps import PageSitemap

sitemaps = {
    "index": ArticleIndexSitemap,
    "articles": PostSitemap,
    "tags": TagSitemap,
    "authors": AuthorSitemap,
    "pages": PageSitemap,
}

urlpatterns = [
    path("", public_page(views.home), name="home"),
    path("articles/", include("articles.urls")),
    path("search/", public_page(SearchView.as_view()), name="search"),
    path("book/", include("booking.urls")),
    path("admin/", admin.site.urls),
    path("robots.txt", public_page(views.robots_txt), name="robots_txt"),
    path(
        "sitemap.xml",
        public_page(sitemap_views.sitemap),
        {"sitemaps": sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("healthz", views.healthz, name="healthz"),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(re_path(rf"^{media_prefix}(?P<path>.*)$", views.media_file, name="media"))

# Pages answer at /<slug>/, after every other address so they can never hide one.
urlpatterns.append(path("<slug:slug>/", public_page(views.page_detail), name="page"))

handler500 = "practice.views.server_error"
