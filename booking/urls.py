from django.urls import path

from booking import views

app_name = "booking"

urlpatterns = [
    path("", views.request_session, name="request"),
    path("thanks/", views.thanks, name="thanks"),
]
