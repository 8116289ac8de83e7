from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.views.generic import DetailView, ListView
from taggit.models import Tag

from articles.models import Author, Post
from articles.search import MAX_QUERY_LENGTH, popular_tags, search_posts
from articles.site_index import current_site_index

RELATED_COUNT = 3


class PublishedPostMixin:
    def get_queryset(self):
        return Post.objects.published().select_related("author")


class PostListView(ListView):
    paginate_by = 12
    template_name = "articles/post_list.html"

    def get_queryset(self):
        return Post.objects.published().for_cards()


class PostDetailView(PublishedPostMixin, DetailView):
    """An article; staff also see drafts and scheduled articles here, as a preview."""

    def get_queryset(self):
        if self.request.user.is_staff:
            return Post.objects.select_related("author")
        return super().get_queryset()

    def get_object(self, queryset=None):
        if not self.request.user.is_staff:
            # The site index knows the published articles by their slugs; the database is
            # asked only about an address that is not one of them.
            post = current_site_index().published_post(self.kwargs["slug"])
            if post is not None:
                return post
        return super().get_object(queryset)

    def get_context_data(self, **kwargs):
        post = self.object
        site_index = current_site_index()
        tags = site_index.tags_of(post)
        previous_post, next_post = site_index.previous_and_next(post)
        return super().get_context_data(
            tags=tags,
            previous_post=previous_post,
            next_post=next_post,
            related_posts=site_index.related_to(post, tags, RELATED_COUNT),
            is_preview=not post.is_public(),
            **kwargs,
        )

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["is_preview"]:
            # A preview is for the logged-in editor only: never kept by a cache or indexed.
            patch_cache_control(response, private=True, no_store=True)
            response["X-Robots-Tag"] = "noindex"
        return response


class TagView(ListView):
    paginate_by = 12
    allow_empty = False
    template_name = "articles/tag_detail.html"

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return Post.objects.published().for_cards().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)


class AuthorView(ListView):
    paginate_by = 12
    template_name = "articles/author_detail.html"

    def get_queryset(self):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        return Post.objects.published().for_cards().filter(author=self.author)

    def get_context_data(self, **kwargs):
        return super().get_context_data(author=self.author, **kwargs)


class SearchView(ListView):
    """Search results for ?q=…, optionally within one tag (?tag=…)."""

    template_name = "articles/search.html"
    context_object_name = "post_list"
    paginate_by = 10

    def get_queryset(self):
        self.search = search_posts(
            self.request.GET.get("q", ""), tag=self.request.GET.get("tag", "")
        )
        return self.search.posts

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            search=self.search,
            search_query=self.search.query.text,
            max_query_length=MAX_QUERY_LENGTH,
            **kwargs,
        )
        if not context["paginator"].count:
            context["popular_tags"] = popular_tags()
        return context
