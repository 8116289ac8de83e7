from django.views.generic import DetailView, ListView

from articles.models import Post


class PublishedPostMixin:
    def get_queryset(self):
        return Post.objects.published().select_related("author")


class PostListView(PublishedPostMixin, ListView):
    paginate_by = 10


class PostDetailView(PublishedPostMixin, DetailView):
    pass


class SearchView(PublishedPostMixin, ListView):
    template_name = "articles/search.html"
    paginate_by = 10

    def get_queryset(self):
        query = self.request.GET.get("q", "").strip()
        if not query:
            return Post.objects.none()
        return super().get_queryset().filter(title__icontains=query)

    def get_context_data(self, **kwargs):
        return super().get_context_data(search_query=self.request.GET.get("q", ""), **kwargs)
