"""The demo practice's articles, written for it. Bodies are HTML as the editor stores it."""

AUTHORS = [
    {
        "slug": "elena-marsh",
        "name": "Dr. Elena Marsh",
        "credentials": "LMFT, Licensed Marriage and Family Therapist",
        "bio": (
            "Elena has worked with couples and families for fifteen years. She draws on "
            "attachment-based and emotionally focused therapy, and teaches a graduate seminar "
            "on attachment in adult relationships.\n\n"
            "Outside the therapy room she walks the Columbia Gorge trails, badly, in all "
            "weather."
        ),
        "initials": "EM",
        "palette": "sage",
    },
    {
        "slug": "jonah-whitfield",
        "name": "Jonah Whitfield",
        "credentials": "MA, PhD candidate in Clinical Sexology",
        "bio": (
            "Jonah works with individuals, couples, non-monogamous relationships and groups. "
            "His research looks at how partners talk about desire, and his practice is "
            "affirming of LGBTQIA+ clients, kink and every relationship structure.\n\n"
            "He believes most of us were never taught how to talk about sex, and that it is "
            "never too late to learn."
        ),
        "initials": "JW",
        "palette": "dusk",
    },
]

# Each article: its author's slug, how many days ago it was published (negative: scheduled for
# the future; None: a draft), its tags and the picture drawn for it.
ARTICLES = [
    {
        "slug": "the-same-fight-again",
        "title": "When you keep having the same fight",
        "author": "elena-marsh",
        "days_ago": 3,
        "tags": ["communication", "relationships", "repair"],
        "picture": {"palette": "dawn", "motif": "hills", "seed": 11},
        "alt": "Layers of rust and terracotta hills under a pale peach sky.",
        "excerpt": "The dishes, the phone, the tone of voice: most couples have one argument "
        "that comes back in new clothes. What it is really about is usually underneath.",
        "body": """
<p>Most couples who come to see me can name it within a minute: the fight. It might be about
the dishes, about lateness, about a phone picked up at dinner. The subject changes; the
feeling of being back in the same place does not. One of you gets louder, the other gets
quieter, and an hour later you are both lying awake wondering how a conversation about a
sponge turned into a referendum on the relationship.</p>
<p>If that sounds familiar, you are not failing at love. You have found your pattern, and
a pattern is something you can learn to see.</p>
<h2>The fight is rarely about the topic</h2>
<p>The dishes matter, but they are usually carrying something heavier. Underneath a
complaint about chores there is often a quieter question: <em>Do you notice me? Can I count
on you? Do I matter as much as your work, your phone, your mother?</em> Those questions feel
too exposed to ask directly, so we ask about the sponge instead.</p>
<p>When your partner answers the surface question (“I said I’d do them later”), the deeper
one goes unanswered, and the argument has to come back to try again.</p>
<h2>Two moves that feed each other</h2>
<p>Many recurring fights have the same shape. One partner reaches harder, with more words,
more urgency, sometimes more criticism, because they feel alone. The other steps back,
goes quiet or leaves the room, because they feel flooded or blamed. Each move makes
complete sense from the inside, and each one triggers the other.</p>
<ul>
<li>The more one of you pursues, the more the other retreats.</li>
<li>The more one of you retreats, the more the other pursues.</li>
</ul>
<p>Neither of you is the problem. The cycle is the problem, and you are both caught in it.</p>
<h2>Slowing the moment down</h2>
<p>You do not have to solve the cycle in the middle of it. Try noticing it instead, out
loud, together: “I think we’re in the thing again.” Naming the pattern puts you on the same
side of it, looking at it, rather than on opposite sides of the kitchen.</p>
<p>Later, when things are calm, it can help to trade one sentence each about what you were
feeling underneath, not what the other person did. “I felt invisible” lands very
differently from “You never help.”</p>
<blockquote><p>The goal is not to never argue. It is to find your way back to each other a
little sooner each time.</p></blockquote>
<h2>When it helps to have a guide</h2>
<p>Some cycles are old and strong, shaped long before this relationship began. If you keep
trying and keep ending up in the same place, couples therapy can give you a slower, safer
room to take the pattern apart. You do not need to be in crisis to come. Wanting to fight
less painfully is reason enough.</p>
""",
    },
    {
        "slug": "attachment-styles-are-a-starting-point",
        "title": "Attachment styles are a starting point, not a verdict",
        "author": "elena-marsh",
        "days_ago": 17,
        "tags": ["attachment", "relationships", "self-compassion"],
        "picture": {"palette": "sage", "motif": "circles", "seed": 23},
        "alt": "Two overlapping circles in pale and deeper sage green on a soft green ground.",
        "excerpt": "Anxious, avoidant, secure: the labels can be a relief and a trap. Here is "
        "how to use them to understand yourself without boxing yourself in.",
        "body": """
<p>Attachment theory has escaped the textbooks. People arrive at my office having taken a
quiz, already sure they are “anxious” and their partner is “avoidant,” and sometimes
already sure that this means the relationship is doomed. I understand the appeal. A name
for a feeling can be a huge relief. But a label can also become a cage.</p>
<h2>What attachment actually describes</h2>
<p>At its heart, attachment is about what we do when we need someone. As small children we
learned, very practically, what happened when we reached out: whether comfort came, came
sometimes, or came with a cost. We adapted. Some of us learned to reach louder; some of us
learned to need less.</p>
<p>Those adaptations were intelligent. They helped a small person stay as close as possible
to the people they depended on. The trouble is that they can keep running long after the
situation that shaped them is gone.</p>
<h2>Styles are strategies, and strategies can change</h2>
<p>It is more useful to think of attachment styles as strategies you use under stress
than as fixed traits. Most people use more than one, depending on the relationship and the
day. You might be steady with friends and on high alert with a partner. You might be
perfectly secure until someone is twenty minutes late and not answering their phone.</p>
<p>Researchers have a lovely phrase for people who grew more secure over time: <em>earned
security</em>. It comes, most often, from relationships in which reaching out is answered,
again and again, until the nervous system begins to believe it.</p>
<h2>Using the language kindly</h2>
<p>If the words help you, keep them, but use them to get curious rather than to diagnose.
Instead of “You’re avoidant,” try “When I get upset, you seem to need space. What happens
for you in those moments?” Instead of “I’m just anxious,” try “When I can’t reach you, my
body goes into alarm, and I’d like us to find a way to handle that together.”</p>
<ul>
<li>Notice what you do when you feel far from someone you love.</li>
<li>Ask what that move was trying to protect.</li>
<li>Share it, gently, with the person it concerns.</li>
</ul>
<p>None of us is sentenced by our history. We are shaped by it, and we keep being shaped by
the relationships we are in now.</p>
""",
    },
    {
        "slug": "emotional-reciprocity",
        "title": "The quiet work of emotional reciprocity",
        "author": "jonah-whitfield",
        "days_ago": 31,
        "tags": ["intimacy", "relationships", "communication"],
        "picture": {"palette": "clay", "motif": "hills", "seed": 37},
        "alt": "Rolling hills in warm sand, caramel and brown under a cream sky.",
        "excerpt": "Closeness is built less in grand gestures than in small exchanges: a bid "
        "for attention, and a response. What happens when those exchanges stop being even?",
        "body": """
<p>When people imagine intimacy, they often picture the big moments: the honest late-night
conversation, the anniversary trip, the apology that finally lands. Those matter. But the
foundation of closeness is laid in much smaller exchanges, dozens of times a day, mostly
without either person noticing.</p>
<h2>Bids and responses</h2>
<p>A partner reads something aloud from the news. A friend sends a photo of their lunch.
Someone sighs at the end of a long day. Each of these is a small invitation: <em>Notice
me. Be with me for a second.</em> The response can turn toward the invitation (“What
happened?”), away from it (no answer), or against it (“Do you have to sigh so loudly?”).</p>
<p>None of these moments is decisive on its own. Over months and years, though, the
pattern becomes the emotional climate of the relationship.</p>
<h2>When the give and take tilts</h2>
<p>Emotional reciprocity does not mean keeping score. It means that, over time, both people
get to be the one who is cared for and the one who cares. Trouble starts when one person
is always the listener, the planner, the one who remembers, and the other is always the
one who is held.</p>
<p>The person doing more often feels resentment before they can name it. The person doing
less often has no idea anything is wrong, because from where they stand, things are
working.</p>
<blockquote><p>Resentment is often a sign that a need has been waiting quietly for a long
time.</p></blockquote>
<h2>Rebalancing without blame</h2>
<p>If you suspect your relationship has tilted, it can help to start with curiosity rather
than a list of grievances.</p>
<ol>
<li>Notice the small bids you make and what happens to them. Notice your partner’s, too.</li>
<li>Say what you would like more of, concretely: “When I tell you about my day, I’d love a
question back.”</li>
<li>Ask what your partner would like more of. Reciprocity runs in both directions.</li>
</ol>
<p>This is true in every kind of relationship: between partners, between metamours, between
friends. Closeness grows where both people get to be seen.</p>
""",
    },
    {
        "slug": "anxiety-in-the-body",
        "title": "Anxiety in the body: what your nervous system is trying to tell you",
        "author": "elena-marsh",
        "days_ago": 46,
        "tags": ["anxiety", "self-compassion"],
        "picture": {"palette": "river", "motif": "sun", "seed": 41},
        "alt": "A pale blue sun setting over still water, its reflection in soft lines.",
        "excerpt": "A racing heart, a tight chest, a mind that will not stop planning. Anxiety "
        "lives in the body first. Understanding why can make it a little less frightening.",
        "body": """
<p>Anxiety often gets described as a problem of thoughts: worrying too much, imagining the
worst. But for many people it arrives in the body first. The heart speeds up, the breath
gets shallow, the stomach tightens, and only afterwards does the mind go looking for a
reason.</p>
<h2>An alarm doing its job</h2>
<p>Your nervous system has one overriding priority: keeping you alive. When it detects
danger, it prepares you to act, faster than conscious thought. Blood moves to the big
muscles, digestion pauses, attention narrows. This is useful when a car swerves toward
you.</p>
<p>It is less useful when the “danger” is an unanswered email, a tense silence at dinner or
a Sunday evening. The alarm cannot always tell the difference, especially if it learned,
at some point, that the world was not a safe place to relax.</p>
<h2>Why reasoning alone rarely works</h2>
<p>If you have ever told yourself “there is nothing to be afraid of” and felt no calmer,
you know the limits of logic here. The part of you that sounds the alarm does not speak in
sentences. It responds to the body’s signals of safety: a slow exhale, a steady voice,
feet on the floor, a familiar face.</p>
<h2>Small ways to signal safety</h2>
<ul>
<li><strong>Lengthen the out-breath.</strong> Breathe in for a count of four and out for a
count of six or seven. The long exhale is one of the quickest ways to tell the body the
emergency is passing.</li>
<li><strong>Orient.</strong> Slowly look around the room and name five things you can see.
Your eyes are telling your brain where you actually are.</li>
<li><strong>Find something solid.</strong> Press your feet into the floor or your back into
a chair, and notice the support.</li>
<li><strong>Reach for someone.</strong> A calm, kind presence is one of the oldest
regulators we have.</li>
</ul>
<p>None of these make anxiety disappear, and they are not meant to. They help you stay
with yourself while the wave passes.</p>
<h2>When to ask for more help</h2>
<p>If anxiety is keeping you from sleeping, working, or doing things you care about, or if
panic attacks are frequent, it is worth talking to someone. Therapy can help you
understand where your alarm learned to be so vigilant, and help your body learn, slowly,
that it can stand down.</p>
""",
    },
    {
        "slug": "responsive-desire",
        "title": "Desire is not a constant: understanding responsive desire",
        "author": "jonah-whitfield",
        "days_ago": 60,
        "tags": ["desire", "intimacy"],
        "picture": {"palette": "dusk", "motif": "arches", "seed": 53},
        "alt": "Nested arches in lavender and deep plum against a soft lilac sky.",
        "excerpt": "Many people worry that their desire has gone missing. Often it has simply "
        "changed shape: it is waiting to respond rather than arriving out of nowhere.",
        "body": """
<p>A common worry I hear, from people of every gender and in every kind of relationship,
goes something like this: “I used to want sex all the time. Now I almost never think about
it. Is something wrong with me?”</p>
<p>Very often, the answer is no. Something has changed, but it may not be what you think.</p>
<h2>Two ways desire can arrive</h2>
<p>Sex researchers describe two broad patterns. <em>Spontaneous desire</em> seems to come
out of nowhere: a thought, a glance, and you want. It is the kind of desire most films
show, and it is common early in relationships, when everything is new.</p>
<p><em>Responsive desire</em> arrives differently. It does not show up first; it emerges in
response to touch, closeness or a context that feels right. Many people, in long
relationships especially, mostly experience this kind. It is not a lesser form of wanting.
It simply needs an invitation.</p>
<h2>Accelerators and brakes</h2>
<p>A helpful way to think about it: each of us has things that turn desire on, and things
that turn it off. Stress, exhaustion, feeling criticised, worrying about the children
waking up, an unresolved argument: these press the brakes. Feeling relaxed, appreciated,
playful and unhurried ease them off.</p>
<p>When desire seems to have vanished, it is often worth looking less at the accelerator and
more at what is pressing the brakes.</p>
<h2>Talking about it without pressure</h2>
<p>Couples where one partner mostly has spontaneous desire and the other mostly responsive
desire can get stuck: one initiates and feels rejected, the other feels pressured and
withdraws. Some questions that can open the conversation:</p>
<ul>
<li>What helps you feel open to closeness? What gets in the way?</li>
<li>Are there kinds of touch that feel good without needing to lead anywhere?</li>
<li>How could we make it easier to say “not tonight” without either of us feeling hurt?</li>
</ul>
<blockquote><p>Desire is not a fixed quantity you either have or lack. It is a response to a
context, and contexts can change.</p></blockquote>
<p>If these conversations feel too loaded to have alone, a sex therapist can help you have
them with less shame and more curiosity.</p>
""",
    },
    {
        "slug": "opening-a-relationship-with-care",
        "title": "Opening a relationship with care: questions before agreements",
        "author": "jonah-whitfield",
        "days_ago": 75,
        "tags": ["non-monogamy", "communication", "boundaries"],
        "picture": {"palette": "moss", "motif": "circles", "seed": 67},
        "alt": "Two overlapping circles in cream and olive on a pale yellow-green ground.",
        "excerpt": "Before you write rules for an open relationship, it helps to understand "
        "what each of you hopes for and fears. Some questions to talk through together.",
        "body": """
<p>Couples considering non-monogamy often start with rules: no sleepovers, no one we both
know, always tell each other first. Rules can be useful. But agreements written before
you understand each other tend to be fragile, because they are built on guesses about what
will hurt.</p>
<p>In my work with people exploring open relationships, polyamory and other forms of
consensual non-monogamy, I usually suggest starting with questions instead.</p>
<h2>What are you each hoping for?</h2>
<p>People open relationships for many reasons: to explore parts of their sexuality, to
have more connection in their lives, because monogamy has never fit them, or because a
partner asked. These are different starting points, and they lead to different shapes of
relationship. It is worth saying yours out loud, even the parts that feel awkward.</p>
<h2>What are you each afraid of?</h2>
<p>Fear is not a sign you should not do this. It is information about what needs care.
Some fears are about being replaced, some about being compared, some about time and
attention, some about health or about what family and friends will think. Try to name
them specifically. “I’m scared you’ll like someone else more” is a conversation you can
have; a vague dread is much harder to work with.</p>
<h2>Agreements that can grow</h2>
<p>Once you understand each other’s hopes and fears, agreements become tools to protect
specific things rather than walls built in the dark. Some things that help:</p>
<ul>
<li>Treat early agreements as experiments, with a date to review them together.</li>
<li>Distinguish between what you need and what you would simply prefer.</li>
<li>Remember that other partners are people too, with feelings of their own, not
variables in your arrangement.</li>
<li>Agree on how you will talk when something goes wrong, not only on what is allowed.</li>
</ul>
<h2>It is a skill, and skills take practice</h2>
<p>Non-monogamy asks for a lot of communication, and nobody arrives knowing how to do it.
Difficult feelings will come up, and that is not failure. What matters is having ways to
come back to each other, talk honestly and adjust. If you would like support along the
way, we work with people in every relationship structure, without judgement.</p>
""",
    },
    {
        "slug": "boundaries-are-a-way-of-staying-close",
        "title": "Boundaries are a way of staying close",
        "author": "elena-marsh",
        "days_ago": 92,
        "tags": ["boundaries", "relationships", "self-compassion"],
        "picture": {"palette": "clay", "motif": "arches", "seed": 71},
        "alt": "Three nested arches in sand, caramel and brown on a cream background.",
        "excerpt": "We often think of boundaries as walls. Used well, they are closer to "
        "doors: they let people know how to reach us without getting hurt.",
        "body": """
<p>“Boundaries” has become one of those words that is everywhere and means something
slightly different to everyone. Sometimes it is used to mean cutting people off. Sometimes
it is used to mean telling other people how to behave. Neither is quite right.</p>
<h2>A boundary is about you</h2>
<p>A boundary describes what <em>you</em> will do to take care of yourself; it is not a rule
for someone else. “You can’t call me after ten” is a demand. “I don’t answer calls after
ten, and I’ll call you back in the morning” is a boundary. The difference can seem small,
but it changes everything: a boundary does not depend on anyone else agreeing to it.</p>
<h2>Why boundaries make closeness possible</h2>
<p>It can feel as if saying no will push people away. In practice, the opposite is often
true. When we cannot say no, our yes becomes unreliable. We agree to things and then
resent them, or we withdraw without explaining, and the people we love are left
guessing.</p>
<p>Clear boundaries let others relax around us. They know where they stand. They can trust
that when we say yes, we mean it.</p>
<h2>Saying it kindly</h2>
<p>A boundary does not need to be harsh to be firm. It often helps to include three
things:</p>
<ol>
<li>What you value in the relationship: “I love our Sunday calls.”</li>
<li>What you need: “I need to be off the phone by eight so I can rest before work.”</li>
<li>What you will do: “So I’ll let you know when it’s time for me to go.”</li>
</ol>
<p>Then comes the hard part: doing what you said, calmly, even if the other person is
disappointed. Their disappointment is not proof you did something wrong.</p>
<h2>When boundaries feel impossible</h2>
<p>If setting even small limits fills you with guilt or fear, there is usually a good
reason, often rooted in relationships where your needs were not welcome. That is worth
exploring with care. Learning to hold a boundary is learning to believe that you can be
loved and still take up space.</p>
""",
    },
    {
        "slug": "grieving-someone-still-here",
        "title": "Grieving someone who is still here",
        "author": "elena-marsh",
        "days_ago": 118,
        "tags": ["grief", "relationships"],
        "picture": {"palette": "river", "motif": "hills", "seed": 83},
        "alt": "Blue-grey hills fading into mist under a pale sky.",
        "excerpt": "Some losses come without a funeral: a parent changed by illness, a "
        "relationship that has ended in all but name. This kind of grief deserves room too.",
        "body": """
<p>We have rituals for death. There are cards, casseroles, time off work, a shared
understanding that the person grieving needs gentleness. But some of the deepest losses
come without any of that, because the person we are losing is still alive.</p>
<h2>Ambiguous loss</h2>
<p>Therapists sometimes call this <em>ambiguous loss</em>: grief for someone who is
physically present but psychologically changed, or psychologically present but
physically gone. A parent with dementia who no longer knows your name. A partner so
changed by addiction or depression that you barely recognise them. A marriage that still
exists on paper but has emptied out. A child who has cut off contact.</p>
<p>Because there is no clear ending, there is no clear permission to mourn. People around
you may not see the loss at all. You may not fully let yourself see it either.</p>
<h2>Both things can be true</h2>
<p>One of the hardest parts of this grief is holding two realities at once. Your mother is
here, and the mother you knew is gone. You love your partner, and you miss who they used
to be. It can feel disloyal to grieve someone still living, as if you are giving up on
them.</p>
<p>Grieving is not giving up. It is acknowledging what has changed so that you can keep
loving the person as they are now, rather than exhausting yourself waiting for who they
were.</p>
<blockquote><p>You are allowed to miss someone who is sitting in the same room.</p></blockquote>
<h2>Finding a way through</h2>
<ul>
<li>Name the loss, at least to yourself. Being specific helps: what exactly do you
miss?</li>
<li>Look for what remains. A shared song, a way of laughing, a familiar hand.</li>
<li>Let someone else know. Ambiguous grief is lonelier when it is invisible.</li>
<li>Expect it to come in waves, and to return at birthdays and holidays.</li>
</ul>
<p>If this kind of grief is weighing on you, you do not have to carry it alone. Talking it
through with someone can make room for both the love and the loss.</p>
""",
    },
    {
        "slug": "repair-after-hurtful-words",
        "title": "How to repair after you’ve said something hurtful",
        "author": "elena-marsh",
        "days_ago": 140,
        "tags": ["repair", "communication", "relationships"],
        "picture": {"palette": "dawn", "motif": "sun", "seed": 97},
        "alt": "A soft orange sun low over a band of terracotta and rust.",
        "excerpt": "Every relationship has ruptures. What predicts closeness is not avoiding "
        "them but repairing them well. What a real repair includes, and what it does not.",
        "body": """
<p>Everyone who loves someone will, sooner or later, hurt them. We snap when we are tired,
say the sharp thing we half meant, forget something that mattered. Ruptures are not a sign
that a relationship is failing. What matters much more is what happens next.</p>
<h2>Why repair matters more than perfection</h2>
<p>Researchers who watch couples over many years find that the steadiest relationships are
not the ones without conflict. They are the ones where partners reach back toward each
other after conflict: a joke that breaks the tension, a hand on the arm, an “I’m sorry, that
came out wrong.” Repair tells both people that the bond is bigger than the bad moment.</p>
<h2>What a real apology includes</h2>
<p>A good repair is less about the right words and more about the other person feeling
understood. It usually has a few parts:</p>
<ol>
<li><strong>Naming what happened</strong>, specifically: “I rolled my eyes when you were
telling me about your sister.”</li>
<li><strong>Acknowledging the impact</strong>: “I think that made you feel dismissed, like
what you were saying didn’t matter to me.”</li>
<li><strong>Taking responsibility</strong> without a “but”: “I’m sorry. That wasn’t
fair to you.”</li>
<li><strong>Saying what you will do</strong>: “Next time I’m too tired to listen, I’ll tell
you, instead of half listening.”</li>
</ol>
<h2>What gets in the way</h2>
<p>Most failed apologies fail in the same places. We explain our reasons before the other
person feels heard. We apologise for their feelings (“I’m sorry you were upset”) instead of
our actions. We expect instant forgiveness and feel hurt when it does not come.</p>
<p>If your partner needs time, that is not a rejection of your repair. Stay warm, stay
available, and let it land in its own time.</p>
<h2>When you are the one who was hurt</h2>
<p>Repair runs in both directions. If your partner reaches toward you after a rupture, even
clumsily, try to notice the reach itself. You do not have to pretend you are fine. You can
say “I’m still hurt, and I appreciate you coming back to this.” That, too, is repair.</p>
""",
    },
    {
        "slug": "jealousy-as-information",
        "title": "Jealousy as information",
        "author": "jonah-whitfield",
        "days_ago": 166,
        "tags": ["jealousy", "non-monogamy", "self-compassion"],
        "picture": {"palette": "sage", "motif": "hills", "seed": 101},
        "alt": "Gentle green hills in layers of sage and forest green.",
        "excerpt": "Jealousy is usually treated as something to get rid of or to obey. There "
        "is a third option: get curious about what it is pointing to.",
        "body": """
<p>Jealousy has a bad reputation. In monogamous relationships it is often treated as proof
of love or as a problem to be managed. In non-monogamous ones it is sometimes treated as a
failure, a sign you are not “evolved” enough. None of these views is very helpful.</p>
<p>I find it more useful to treat jealousy as a messenger. It is uncomfortable, sometimes
very painful, and it usually has something to tell you.</p>
<h2>Jealousy is a bundle of feelings</h2>
<p>What we call jealousy is rarely one thing. When you unpack it, you often find fear
(<em>I’ll be left</em>), insecurity (<em>I’m not enough</em>), envy (<em>I want what they
have</em>), a sense of unfairness, or grief for how things used to be. Each of these asks
for something different.</p>
<h2>Questions to ask it</h2>
<p>Next time jealousy shows up, try to slow down before acting on it. Some questions:</p>
<ul>
<li>Where do I feel this in my body, and what does it feel like?</li>
<li>What am I afraid might happen?</li>
<li>Is there something I want that I am not getting, or not asking for?</li>
<li>Is this about what is happening now, or does it remind me of something older?</li>
</ul>
<p>Sometimes the answer points to a need in the relationship: more time together, more
reassurance, a changed agreement. Sometimes it points inward, to an old wound that is
asking to be tended.</p>
<h2>Sharing it without blaming</h2>
<p>Telling a partner “I felt jealous when you were texting them all evening” can be an act
of trust, if it is offered as information rather than an accusation. It helps to add what
you need: “Could we have some time tonight that’s just ours?”</p>
<blockquote><p>Jealousy does not have to be obeyed, and it does not have to be banished. It
can be listened to.</p></blockquote>
<p>Learning to be with jealousy, rather than ruled by it, takes practice in any relationship
structure. It is one of the things we work on often, and gently, in therapy.</p>
""",
    },
    {
        "slug": "your-first-therapy-session",
        "title": "What to expect from your first therapy session",
        "author": "elena-marsh",
        "days_ago": 190,
        "tags": ["therapy", "anxiety"],
        "picture": {"palette": "moss", "motif": "sun", "seed": 113},
        "alt": "A pale sun above a wide olive field, with soft lines of reflected light.",
        "excerpt": "Starting therapy can feel like a lot. Here is what usually happens in a "
        "first session, and what you can ask, so the unknown is a little smaller.",
        "body": """
<p>Reaching out for therapy takes courage, and then comes a new worry: what actually
happens in that first hour? If you have never been to therapy, or had an experience that
did not fit, it is natural to feel nervous. Knowing what to expect can help.</p>
<h2>Before you arrive</h2>
<p>After you request a session, we will get in touch in the way you asked, by phone or by
email, usually within two working days. We will find a time, tell you about fees, and
send a short intake form. You do not need to prepare anything else. You are welcome to
write down a few things you would like to mention if that helps you feel ready.</p>
<h2>In the room (or on the screen)</h2>
<p>The first session is mostly about getting to know each other. Your therapist will ask
what brings you in and listen to how things are for you now. They may ask about your
history, your relationships, your health and what you have tried before. You can share as
much or as little as feels right. You are in charge of your story.</p>
<p>If you come as a couple or as partners, the therapist will want to hear from each of you,
and may suggest meeting individually once as well.</p>
<h2>Questions you are welcome to ask</h2>
<ul>
<li>How do you work, and what might our sessions look like?</li>
<li>Have you worked with people in situations like mine?</li>
<li>How will we know if therapy is helping?</li>
<li>What happens to the things I tell you? Who can see my notes?</li>
</ul>
<p>A good therapist will be glad you asked.</p>
<h2>It is all right to see how it feels</h2>
<p>The relationship between you and your therapist matters more than almost anything else
in therapy. After a first session it is completely fine to take some time to decide, or to
say that you would like to try someone else. We would rather you find the right fit than
stay out of politeness.</p>
<p>Whenever you feel ready, you can request a first session. There is no wrong way to
start.</p>
""",
    },
    {
        "slug": "loneliness-inside-a-relationship",
        "title": "Loneliness inside a relationship",
        "author": "jonah-whitfield",
        "days_ago": 214,
        "tags": ["attachment", "intimacy", "relationships"],
        "picture": {"palette": "dusk", "motif": "hills", "seed": 127},
        "alt": "Lilac and plum hills beneath a pale lavender evening sky.",
        "excerpt": "You can share a bed, a home and a calendar with someone and still feel "
        "alone. Loneliness in a relationship is common, and it is a signal worth heeding.",
        "body": """
<p>There is a particular kind of loneliness that is hard to admit to, because from the
outside it makes no sense. You have a partner. You come home to someone. And yet you feel
more alone than you did when you were single.</p>
<h2>How it creeps in</h2>
<p>Loneliness in a relationship rarely arrives all at once. It grows out of a long series
of small absences: conversations that stay on logistics, feelings that go unshared
because sharing them did not go well the last time, evenings spent side by side on
separate screens. Each one is small. Together, they can leave two people living parallel
lives.</p>
<h2>It is a signal, not a verdict</h2>
<p>Feeling lonely does not necessarily mean the relationship is wrong or over. Often it
means that a need for connection has gone unmet for long enough that it has started to
hurt. That is useful information. It is an invitation to turn toward each other, not
proof that you have drifted too far.</p>
<h2>Turning back toward each other</h2>
<p>Reconnection tends to start small. Some places to begin:</p>
<ul>
<li>Ask one real question a day, one that is not about chores or schedules.</li>
<li>Share something you have been keeping to yourself, even something minor.</li>
<li>Put the phones in another room for the first half hour after you both get home.</li>
<li>Tell your partner, as gently as you can, that you miss them.</li>
</ul>
<p>That last one is often the hardest. It can feel exposing, or like an accusation. But
“I miss you” is one of the clearest invitations we can offer, and many partners are
relieved to hear it, because they have been feeling it too.</p>
<h2>When you cannot find the way back alone</h2>
<p>Sometimes the distance has grown for reasons that are hard to see from inside: an old
hurt, a change neither of you has talked about, different needs for closeness. Couples
therapy can help you understand what happened and build a bridge back. It is not only for
relationships in crisis. It can be for two people who want to feel close again.</p>
""",
    },
    {
        "slug": "holidays-with-family",
        "title": "Holidays with family: a small survival guide",
        "author": "elena-marsh",
        "days_ago": None,
        "tags": ["boundaries", "anxiety"],
        "picture": None,
        "alt": "",
        "excerpt": "",
        "body": """
<p>Notes for an article on looking after yourself during family holidays: planning exits,
agreeing signals with a partner, and letting go of the perfect gathering.</p>
<h2>Before you go</h2>
<p>Decide in advance how long you will stay.</p>
""",
    },
    {
        "slug": "rest-is-not-a-reward",
        "title": "Rest is not a reward",
        "author": "jonah-whitfield",
        "days_ago": -10,
        "tags": ["self-compassion", "anxiety"],
        "picture": {"palette": "river", "motif": "arches", "seed": 131},
        "alt": "Nested arches in river blue and slate against a pale sky.",
        "excerpt": "Many of us only let ourselves rest once everything is done. But "
        "everything is never done.",
        "body": """
<p>Many of us were taught, one way or another, that rest has to be earned. First the work,
then the inbox, then the dishes, and then, if there is time left, you may sit down.</p>
<h2>Why “when everything is done” never comes</h2>
<p>There is always another task. If rest waits for an empty list, it waits forever, and
the body eventually takes the rest it needs in less pleasant ways: illness, burnout,
irritability, a weekend lost to exhaustion.</p>
<h2>Rest as maintenance</h2>
<p>It can help to think of rest the way you think of sleep or food: not a reward for good
behaviour, but part of what keeps you able to live the life you care about.</p>
""",
    },
]

# A picture from the image library, placed in an article's body with a caption.
BODY_PICTURES = {
    "anxiety-in-the-body": {
        "after": "<h2>Small ways to signal safety</h2>",
        "picture": {"palette": "sage", "motif": "sun", "seed": 7},
        "alt": "A calm green sun resting on a still horizon.",
        "caption": "A slow out-breath is one of the body’s own ways of saying “you are safe now.”",
    },
}
