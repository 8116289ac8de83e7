"""The demo practice's profile and its About and Privacy pages."""

from practice.models import Page, PracticeProfile

PROFILE = {
    "name": "Riverbend Counseling",
    "tagline": "Relationship and individual therapy in Portland and online",
    "therapist_name": "Dr. Elena Marsh, LMFT",
    "intro": (
        "Riverbend is a small practice for individuals, couples and people in every shape of "
        "relationship. We write here about attachment, communication, desire and the quiet "
        "work of feeling safe with another person.\n\n"
        "Read at your own pace. When you would like to talk, you can ask for a first session."
    ),
    "email": "hello@riverbend.example",
    "phone": "(503) 555-0142",
    "location": "1420 NE Alberta Street, Portland, Oregon",
    "areas_served": "Telehealth across Oregon and Washington",
}

ABOUT_BODY = """
<p>Riverbend Counseling is a small practice in Northeast Portland. We see individuals, couples,
people in non-monogamous relationships, and small groups, in person and by secure video.</p>
<h2>How we work</h2>
<p>Therapy here is collaborative. We draw on attachment-based and emotionally focused approaches,
and on what decades of research tell us about how people stay close: noticing patterns, slowing
down the moments that hurt, and practising new ways of reaching for each other.</p>
<p>Every relationship structure is welcome. We are affirming of LGBTQIA+ clients, kink and
non-monogamy, and we will never ask you to justify the shape of your life before we help you
with it.</p>
<h2>Who we are</h2>
<p><strong>Dr. Elena Marsh, LMFT</strong> has worked with couples and families for fifteen years
and teaches a graduate seminar on attachment in adult relationships.</p>
<p><strong>Jonah Whitfield, MA</strong> is a PhD candidate in Clinical Sexology and works with
individuals, couples, non-monogamous relationships and groups.</p>
<h2>Fees and insurance</h2>
<p>Sessions are 50 minutes. We can provide a superbill for out-of-network reimbursement and keep
a number of reduced-fee places; ask about them when you request a session.</p>
"""

PRIVACY_BODY = """
<p>This notice explains what Riverbend Counseling collects through this website, why, and how
long we keep it.</p>
<h2>Reading the site</h2>
<p>This site uses no analytics, advertising or tracking of any kind, and loads nothing from other
websites. Our server keeps ordinary access records (the page asked for and the time) for up to 14
days to keep the site running and secure.</p>
<h2>Requesting a session</h2>
<p>When you request a session we keep what you enter in the form: your name, how to reach you,
the kind of session you are looking for, when you are available and, if you choose to write
one, a short message. Only the clinicians and the practice manager who answer requests can see
it.</p>
<ul>
<li>Your details are stored encrypted in our own database, with the keys kept apart from it,
and are never included in email notifications; we are told only that a new request has
arrived.</li>
<li>We use your contact details only to reply to your request, in the way you asked us to.</li>
<li>If you do not become a client, your request is deleted 180 days after it is closed.</li>
<li>You can ask us at any time to see or delete what you sent.</li>
</ul>
<h2>Please keep the message short</h2>
<p>The form is not the place for detailed health information. We will talk about what brings you
to therapy when we first speak, by phone or in person.</p>
<h2>Questions</h2>
<p>Write to <a href="mailto:hello@riverbend.example">hello@riverbend.example</a> with any question
about your information.</p>
"""

PAGES = [
    {
        "slug": "about",
        "title": "About the practice",
        "body": ABOUT_BODY,
        "seo_description": "A small Portland practice for individuals, couples and every shape "
        "of relationship, in person and by secure video.",
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "body": PRIVACY_BODY,
        "seo_description": "What Riverbend Counseling collects through this website, why, and "
        "how long it is kept.",
    },
]


def load():
    """Create the profile and pages if they are missing; return what was created."""
    created = []
    if not PracticeProfile.objects.exists():
        PracticeProfile.objects.create(**PROFILE)
        created.append(f"practice profile “{PROFILE['name']}”")
    for page in PAGES:
        _, was_created = Page.objects.get_or_create(slug=page["slug"], defaults=page)
        if was_created:
            created.append(f"page /{page['slug']}/")
    return created
