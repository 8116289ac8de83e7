from django.contrib.sitemaps import Sitemap

from practice.models import Page


class PageSitemap(Sitemap):
    changefreq = "yearly"
    priority = 0.5

    def items(self):
        return Page.objects.only("slug", "updated_at")

    def lastmod(self, page):
        return page.updated_at
