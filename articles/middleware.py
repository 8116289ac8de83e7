from django.http import HttpResponsePermanentRedirect

from articles.models import Post


class PostRedirectMiddleware:
    """Answer a request for an old address of a post, which would be a 404, with a permanent
    redirect to the post's address, if a visitor may see the post."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        path = request.path
        paths = [path, path[:-1] if path.endswith("/") else f"{path}/"]
        post = Post.objects.published().filter(redirects__old_path__in=paths).first()
        if post is None:
            return response
        return HttpResponsePermanentRedirect(post.get_absolute_url())
