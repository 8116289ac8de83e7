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
<p>If that sounds familiar, you are not failing at love. You have found your pattern, and a
pattern is something you can learn to see. That is as true for two people who have been
together for thirty years as for three people sharing a house and a calendar, and as true
between close friends, or between a parent and a grown child, as between partners.</p>
<h2>The fight is rarely about the topic</h2>
<p>The dishes matter, but they are usually carrying something heavier. Underneath a
complaint about chores there is often a quieter question: <em>Do you notice me? Can I count
on you? Do I matter as much as your work, your phone, your mother?</em> Those questions feel
too exposed to ask directly, so we ask about the sponge instead.</p>
<p>When your partner answers the surface question (“I said I’d do them later”), the deeper
one goes unanswered, and the argument has to come back to try again. It will keep coming
back, in new clothes, until someone hears what it was trying to say.</p>
<p>Imagine two partners who have argued about lateness for years. One is punctual to a
fault; the other runs ten minutes behind everywhere. When they slow it down, lateness turns
out to be almost beside the point. What stings the first is walking into parties alone,
again and again, feeling like the only one who cares how they arrive together. What stings
the second is feeling managed, like one more item on a list. Neither of those has ever been
said out loud. “You’re always late” and “You’re always on my back” have been standing in for
them.</p>
<h2>Two moves that feed each other</h2>
<p>Many recurring fights have the same shape. One partner reaches harder, with more words,
more urgency, sometimes more criticism, because they feel alone. The other steps back, goes
quiet or leaves the room, because they feel flooded or blamed. Each move makes complete
sense from the inside, and each one triggers the other.</p>
<ul>
<li>The more one of you pursues, the more the other retreats.</li>
<li>The more one of you retreats, the more the other pursues.</li>
</ul>
<p>Neither of you is the problem. The cycle is the problem, and you are both caught in it.
It helps to know which move is yours, not so that you can blame yourself for it, but so that
you can catch it a little earlier.</p>
<h3>If you are the one who reaches</h3>
<p>You probably know the feeling of saying something a little more loudly, then a little
more sharply, because the first time seemed to go nowhere. From the inside, it feels like
knocking on a door that will not open. From the other side, it can sound like an attack. Try
lowering the volume rather than raising it: one sentence, said once, about what you feel
rather than what they did. “I’m feeling on my own with this” is much harder to argue with
than a list of examples.</p>
<h3>If you are the one who steps back</h3>
<p>You may go quiet because you do not want to make things worse, or because your body has
simply had enough. From the inside, that silence can feel like keeping the peace. From the
other side, it can feel like being left. Try saying what is happening instead of only doing
it: “I’m getting overwhelmed and I want to keep talking. I just need a few minutes.” Those
words turn a disappearance into a pause.</p>
<h2>Slowing the moment down</h2>
<p>You do not have to solve the cycle in the middle of it. Try noticing it instead, out
loud, together: “I think we’re in the thing again.” Naming the pattern puts you on the same
side of it, looking at it, rather than on opposite sides of the kitchen.</p>
<p>Some people find it helps to agree on a signal in a calm moment, long before it is
needed: a word, a gesture, a hand held up like a pause button. The agreement matters more
than the signal. It means that when one of you uses it, the other knows it is not a door
slamming shut.</p>
<p>If you take a break, make it a real one, with a time to come back:</p>
<ul>
<li>Say roughly how long you need, and keep to it: twenty minutes, an hour, after the
children are asleep.</li>
<li>Use the time to settle rather than to rehearse your case. A walk, a shower, a glass of
water, a few slow breaths.</li>
<li>Whoever asked for the break is the one who comes back to start again. That small promise
keeps the other person from feeling abandoned.</li>
</ul>
<h2>The conversation afterwards</h2>
<p>Later, when things are calm, it can help to trade one sentence each about what you were
feeling underneath, not what the other person did. “I felt invisible” lands very differently
from “You never help.” “I felt like I was failing you” lands very differently from “Nothing
I do is ever enough.”</p>
<p>You might try these sentence beginnings, taking turns, and letting the other person
simply listen before they respond:</p>
<ol>
<li>“When it started, what I noticed in myself was…”</li>
<li>“What I was afraid of, underneath, was…”</li>
<li>“What I wish I had said instead was…”</li>
<li>“What would help me next time is…”</li>
</ol>
<p>The listener’s job is small and difficult: to let it land before defending anything. A
simple “That makes sense. I didn’t know it felt like that” can do more than an hour of
explaining. If something sharp was said along the way, it may also be time for <a
href="/articles/repair-after-hurtful-words/">a proper repair</a>.</p>
<blockquote><p>The goal is not to never argue. It is to find your way back to each other a
little sooner each time.</p></blockquote>
<h2>When it helps to have a guide</h2>
<p>Some cycles are old and strong, shaped long before this relationship began. If you keep
trying and keep ending up in the same place, couples therapy can give you a slower, safer
room to take the pattern apart. A therapist is not there to decide who is right. The work is
to help each of you hear the question underneath the other’s words, and to say your own more
clearly.</p>
<p>You do not need to be in crisis to come. Wanting to fight less painfully is reason
enough. We see couples and people in every shape of relationship, in person in Portland or
by video anywhere in Oregon and Washington.</p>
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
quiz, already sure they are “anxious” and their partner is “avoidant,” and sometimes already
sure that this means the relationship is doomed. I understand the appeal. A name for a
feeling can be a huge relief. It says: this has a shape, other people have it too, you are
not simply too much or too cold.</p>
<p>But a label can also become a cage. Used carelessly, it stops being a description of what
you do and becomes a description of who you are, and then a prediction of what you will
always be. I would like to offer a gentler way to hold it.</p>
<h2>What attachment actually describes</h2>
<p>At its heart, attachment is about what we do when we need someone. As small children we
learned, very practically, what happened when we reached out: whether comfort came, came
sometimes, or came with a cost. We adapted. Some of us learned to reach louder; some of us
learned to need less.</p>
<p>Those adaptations were intelligent. They helped a small person stay as close as possible
to the people they depended on. A child whose parent was warm on some days and distracted on
others did well to keep a close eye on them. A child who was hushed or teased for crying did
well to stop crying where anyone could see. The trouble is that these strategies can keep
running long after the situation that shaped them is gone, in relationships where they are
no longer needed and sometimes get in the way.</p>
<h2>Styles are strategies, and strategies can change</h2>
<p>It is more useful to think of attachment styles as strategies you use under stress than
as fixed traits. Most people use more than one, depending on the relationship and the day.
You might be steady with friends and on high alert with a partner. You might be perfectly
secure until someone is twenty minutes late and not answering their phone.</p>
<h3>Different relationships, different weather</h3>
<p>People with more than one partner often notice this very clearly. With one partner they
feel settled and easy; with another they check their phone every few minutes. That is not
proof that they are “anxious” in one place and cured in the other. It is a sign that
attachment happens <em>between</em> people. Each relationship has its own history, its own
rhythm of reaching and answering, and its own weather.</p>
<h3>Earned security</h3>
<p>Researchers have a lovely phrase for people who grew more secure over time: <em>earned
security</em>. It comes, most often, from relationships in which reaching out is answered,
again and again, until the nervous system begins to believe it. Those relationships can be
with a partner, a close friend, a mentor, a group or a therapist. The history does not
disappear. It simply stops being the only story available.</p>
<h2>What the labels leave out</h2>
<p>A quiz answered on a hard evening measures that evening. It cannot know that you have
just moved cities, that your partner has been working nights for a month, or that the last
person you dated really did disappear without a word. Sometimes what looks like an anxious
style is an accurate reading of an uncertain situation. Sometimes what looks like avoidance
is exhaustion, grief, or a body that needs more quiet than most.</p>
<p>Labels can also become weapons. “You’re avoidant,” said in the middle of a fight, is
rarely an observation. It is usually a way of saying “the problem is you,” with the borrowed
authority of psychology behind it. The person on the receiving end tends to defend
themselves, and the conversation moves further away from what either of you needed.</p>
<h2>Using the language kindly</h2>
<p>If the words help you, keep them, but use them to get curious rather than to diagnose.
Instead of “You’re avoidant,” try “When I get upset, you seem to need space. What happens
for you in those moments?” Instead of “I’m just anxious,” try “When I can’t reach you, my
body goes into alarm, and I’d like us to find a way to handle that together.”</p>
<ul>
<li>Notice what you do when you feel far from someone you love.</li>
<li>Ask what that move was trying to protect.</li>
<li>Share it, gently, with the person it concerns.</li>
<li>Ask about their move with the same curiosity you would want for yours.</li>
</ul>
<p>Picture two partners after a disagreement. One wants to talk it through straight away;
the other goes to another room. Instead of “There you go, avoiding me again,” the first one
sends a message: “I’m feeling uneasy after earlier. No rush, but I’d like to talk before
bed.” The second, who needed quiet, comes back an hour later and says, “Thanks for giving me
a minute. I’m ready now.” No one used a label. Both of them were answered.</p>
<h2>Becoming a little more secure, together</h2>
<p>Security is not a personality you either have or lack. It is built from ordinary,
repeated experiences of being answered, which means small, unglamorous habits can matter a
great deal:</p>
<ul>
<li><strong>Predictable check-ins.</strong> A text when you land, a word when you will be
late. Not as surveillance, but as a way of letting someone’s alarm rest.</li>
<li><strong>Space with a return.</strong> “I need an hour to myself, and then I’d love to
have dinner together” gives both people something to hold on to.</li>
<li><strong>Noticing when it goes well.</strong> When you reached and were answered, say so.
It helps both of you remember that it happens.</li>
</ul>
<p>Secure does not mean never worried, never distant, never hurt. Securely attached people
feel all of those things. What tends to be different is how quickly they can say so, and how
much they trust that saying so will be met with care.</p>
<p>None of us is sentenced by our history. We are shaped by it, and we keep being shaped by
the relationships we are in now. If you would like to understand your own patterns more
deeply, on your own or with a partner, that is work we do often, and slowly, in therapy.</p>
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
<p>This piece is about those small exchanges, and about what happens when, over time, they
stop flowing evenly in both directions.</p>
<h2>Bids and responses</h2>
<p>A partner reads something aloud from the news. A friend sends a photo of their lunch.
Someone sighs at the end of a long day. Each of these is a small invitation: <em>Notice me.
Be with me for a second.</em> The response can turn toward the invitation (“What
happened?”), away from it (no answer), or against it (“Do you have to sigh so loudly?”).</p>
<p>None of these moments is decisive on its own. Everyone misses invitations; we are tired,
distracted, halfway through a thought. Over months and years, though, the pattern becomes
the emotional climate of the relationship. A relationship where most small invitations are
answered feels warm, even when it is busy. One where they mostly disappear can feel cold,
even when nothing obvious is wrong.</p>
<p>Turning toward an invitation does not have to take long. Looking up from the screen for
ten seconds, saying “Huh, tell me more,” laughing at the photo: these cost very little, and
they tell the other person that reaching for you is worth it.</p>
<h2>What reciprocity is, and what it is not</h2>
<p>Emotional reciprocity does not mean keeping score. Nobody can give exactly as much as
they receive, every day, and relationships that try to run on an even ledger tend to feel
more like contracts than like closeness.</p>
<p>Reciprocity means that, over time, both people get to be the one who is cared for and the
one who cares. There will be long seasons when it runs mostly one way: a new baby, an
illness, a lost job, a bereavement, a depression. That is not a failure of reciprocity. It
is what reciprocity is for. What matters is that the season is acknowledged, that the person
giving is appreciated and supported too, and that the flow can turn again when it is able
to.</p>
<p>Reciprocity does not mean sameness, either. One person may show care by listening for an
hour; another by quietly sorting out the thing that has been worrying their partner for
weeks. People with different energy, health or ways of moving through the world will give in
different currencies. The question is not “Are we giving the same things?” but “Does each of
us feel cared for, and does each of us feel our care is received?”</p>
<h2>When the give and take tilts</h2>
<p>Trouble starts when one person is always the listener, the planner, the one who
remembers, and the other is always the one who is held. This is rarely a decision anyone
made. It usually grows out of habits, different upbringings, or one person simply being
quicker to notice what needs doing.</p>
<p>The person doing more often feels resentment before they can name it. The person doing
less often has no idea anything is wrong, because from where they stand, things are
working.</p>
<h3>Signs worth noticing</h3>
<ul>
<li>You know what is on your partner’s mind this week; you are not sure they could say what
is on yours.</li>
<li>You feel a flicker of irritation when they ask for support, followed by guilt for
feeling it.</li>
<li>You rehearse conversations about your own needs and then do not have them.</li>
<li>You feel more relaxed when they are away, and do not like what that might mean.</li>
</ul>
<p>None of these proves anything on its own. They are worth paying attention to, kindly, as
possible signs that something has been out of balance for a while.</p>
<blockquote><p>Resentment is often a sign that a need has been waiting quietly for a long
time.</p></blockquote>
<h2>Rebalancing without blame</h2>
<p>If you suspect your relationship has tilted, it can help to start with curiosity rather
than a list of grievances. A list invites a defence. Curiosity invites a conversation.</p>
<ol>
<li>Notice the small invitations you make and what happens to them. Notice your partner’s,
too. You may find you are missing some of theirs as well.</li>
<li>Say what you would like more of, concretely: “When I tell you about my day, I’d love a
question back.” Specific requests are much easier to meet than general ones like “I need you
to be more present.”</li>
<li>Ask what your partner would like more of. Reciprocity runs in both directions, and the
person who feels they give more is sometimes missing something too.</li>
<li>Check in again in a few weeks. Habits shift slowly, and noticing progress out loud helps
it last.</li>
</ol>
<p>Picture an ordinary Tuesday. One partner comes home and, instead of launching into the
evening’s logistics, asks, “What was the best part of your day?” The other, a little
surprised, answers, and then, remembering the conversation they had at the weekend, asks the
same question back, and listens to the answer. It is a tiny exchange. It is also what
rebalancing usually looks like from the inside: small, a bit awkward at first, and
repeated.</p>
<h2>In every shape of relationship</h2>
<p>None of this belongs only to couples. It applies between metamours who share a partner
and are learning how to look out for each other, within a polycule where one person has
quietly become everyone’s scheduler, between friends where one always calls and the other
always answers, and between adult children and their parents.</p>
<p>If the imbalance has been there for a long time, or conversations about it keep turning
into arguments, it can help to talk it through with someone outside the relationship.
Closeness grows where both people get to be seen, and sometimes a third person in the room
makes that a little easier to find.</p>
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
<p>If you have ever woken at four in the morning with your heart already racing, before you
had remembered a single worry, you know what I mean. Understanding what the body is doing in
those moments will not switch it off. But it can make it a little less frightening, and a
little easier to be kind to yourself while it happens.</p>
<h2>An alarm doing its job</h2>
<p>Your nervous system has one overriding priority: keeping you alive. When it detects
danger, it prepares you to act, faster than conscious thought. Blood moves to the big
muscles, digestion pauses, attention narrows. This is useful when a car swerves toward
you.</p>
<p>It is less useful when the “danger” is an unanswered email, a tense silence at dinner or
a Sunday evening. The alarm cannot always tell the difference, especially if it learned, at
some point, that the world was not a safe place to relax. An alarm that goes off often tends
to become more sensitive, not less, a little like a smoke detector that sounds every time
someone makes toast.</p>
<p>None of this means something is broken in you. A sensitive alarm is usually one that, at
some point, had good reason to be.</p>
<h2>How it can show up</h2>
<p>Anxiety wears many disguises, and people are often surprised by how physical it can be.
Some of the common ones:</p>
<ul>
<li>A racing or pounding heart, or a feeling of not getting enough air.</li>
<li>Tight shoulders, a clenched jaw, a headache by the end of the day.</li>
<li>A churning stomach, nausea, or no appetite at all.</li>
<li>Restlessness, or the opposite: feeling heavy, frozen, unable to start anything.</li>
<li>Sleep that will not come, or comes and then leaves again too early.</li>
</ul>
<p>Many of these sensations can have other causes too, so if they are new or worrying, it is
worth seeing a doctor as well. Sometimes both things are true: the body needs checking, and
the alarm needs care.</p>
<h2>Why reasoning alone rarely works</h2>
<p>If you have ever told yourself “there is nothing to be afraid of” and felt no calmer, you
know the limits of logic here. The part of you that sounds the alarm does not speak in
sentences. It responds to the body’s signals of safety: a slow exhale, a steady voice, feet
on the floor, a familiar face.</p>
<p>Arguing with anxiety can even make it louder. The more urgently you tell yourself to calm
down, the more urgency the body hears. A kinder approach, and often a more effective one, is
to stop arguing and start keeping yourself company: “My heart is racing. That’s my alarm. I
can stay with this for a few minutes.”</p>
<h2>Small ways to signal safety</h2>
<p>These are not techniques for making anxiety disappear, and they are not meant to be. They
are ways of telling your body, in its own language, that it is not in danger right now.</p>
<h3>In the moment</h3>
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
<h3>Over the longer run</h3>
<p>Between the hard moments, the body also learns from rhythm: regular meals, a walk most
days, some daylight in the morning, a wind-down hour before bed that does not involve the
news. None of these is a cure. Together, they can lower the level the alarm starts from, so
that it takes a little more to set it off.</p>
<p>It also helps to practise the in-the-moment skills when you are already fairly calm. A
breath you have tried twenty times on a quiet afternoon is much easier to find at four in
the morning.</p>
<h2>Anxiety between people</h2>
<p>Anxiety rarely stays inside one person. It shows up in how we text, how we ask questions,
how quickly we need an answer. Partners, friends and family can find themselves pulled in,
sometimes reassuring, sometimes frustrated, often unsure what helps.</p>
<p>If someone you love is anxious, you do not have to fix it. Often the most helpful thing
is to be a steady presence: to slow your own voice, to sit beside them, to say “I’m here.
We’ll take this one step at a time.” If you are the one who is anxious, it can help to tell
the people close to you what does and does not help, ideally on a calm day. “When I’m
panicking, please don’t tell me to relax. Just sit with me and breathe slowly” is a gift to
both of you.</p>
<p>When two anxious people share a life, their alarms can set each other off: one worries,
the other picks it up, and soon both are on edge without knowing why. It can help to agree
that whoever feels steadier at the moment takes the lead, and that the lead can change
hands.</p>
<h2>When to ask for more help</h2>
<p>If anxiety is keeping you from sleeping, working, or doing things you care about, or if
panic attacks are frequent, it is worth talking to someone. Therapy can help you understand
where your alarm learned to be so vigilant, and help your body learn, slowly, that it can
stand down. We see people for this on their own and in small groups, where it can be a
relief simply to hear that others feel it too.</p>
<p>And if you are ever in crisis, or afraid you might hurt yourself, please do not wait for
an appointment: call or text 988, at any hour.</p>
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
<p>Very often, the answer is no. Something has changed, but it may not be what you think.
Desire is not a fuel tank that slowly empties over the years. It behaves more like a
response to weather: sensitive to what is going on around you and inside you, and able to
change again.</p>
<h2>Two ways desire can arrive</h2>
<p>Sex researchers describe two broad patterns. <em>Spontaneous desire</em> seems to come
out of nowhere: a thought, a glance, and you want. It is the kind of desire most films show,
and it is common early in relationships, when everything is new.</p>
<p><em>Responsive desire</em> arrives differently. It does not show up first; it emerges in
response to touch, closeness or a context that feels right. Many people, in long
relationships especially, mostly experience this kind. It is not a lesser form of wanting.
It simply needs an invitation.</p>
<p>Picture someone curled up on the sofa after a long week, with no thought of sex at all.
Their partner sits down and starts stroking their hair, with no agenda, just affection. Ten
minutes later, something has stirred that was not there before. That is responsive desire.
Nothing was missing; it was waiting for a reason to wake up.</p>
<p>Most people experience both at different times in their lives. Neither one is the healthy
one.</p>
<h2>Why desire changes over time</h2>
<p>Early in a relationship, novelty does a lot of the work. Later, life tends to fill up:
jobs, children, caring for parents, money, the thousand small chores of a shared household.
Bodies change too, with age, hormones, pregnancy and birth, menopause, illness, medication
and pain. Any of these can shift how and when desire shows up.</p>
<p>If a change in desire is sudden, or comes with pain or other physical changes, it is
worth talking to a doctor; some medicines and health conditions affect desire directly, and
that deserves attention in its own right. Often, though, what has changed is not your
capacity for desire but the conditions around it.</p>
<p>It is also worth saying plainly: some people experience little or no sexual desire, have
always been that way, and are content. Asexuality is a real and ordinary part of human
experience. Desire only becomes something to work on if its absence is causing you distress,
or if you and a partner want something different from what you have.</p>
<h2>Accelerators and brakes</h2>
<p>A helpful way to think about it: each of us has things that turn desire on, and things
that turn it off. Stress, exhaustion, feeling criticised, worrying about the children waking
up, an unresolved argument: these press the brakes. Feeling relaxed, appreciated, playful
and unhurried ease them off.</p>
<p>When desire seems to have vanished, it is often worth looking less at the accelerator and
more at what is pressing the brakes. A weekend away may do little if one of you is quietly
furious about who always does the laundry.</p>
<h3>A small exercise</h3>
<p>On your own, take a piece of paper and make two columns. In one, write down what has
helped you feel open to closeness in the past: places, moods, kinds of touch, times of day,
things a partner has said. In the other, write down what shuts it down. Be as specific as
you can: “when the bedroom is a mess” is more useful than “stress.”</p>
<p>If you have a partner or partners, you can each do this separately and then compare
notes, with curiosity rather than judgement. Many people are surprised by what is on the
other person’s list, and relieved by how ordinary it is.</p>
<h2>When partners’ desire works differently</h2>
<p>Couples where one partner mostly has spontaneous desire and the other mostly responsive
desire can get stuck. One initiates and feels rejected; the other feels pressured and
withdraws. Over time, the one who initiates stops trying, or tries with a defensive edge,
and the one who withdraws starts avoiding even affectionate touch in case it is read as an
invitation. Both end up lonely.</p>
<p>In relationships with more than two people, the same differences can show up between any
pair, and they can be complicated by comparison: a partner may seem to want you less than
they want someone newer. Often that is novelty and spontaneous desire doing their usual
work, not a judgement on you, and it is worth talking about before it hardens into a story
about your worth.</p>
<p>This is one of the most common patterns I see, and it is nobody’s fault. It is a
difference in style, not a measure of love or attractiveness. Naming it together is often
the first relief: “You’re not rejecting me, and I’m not pressuring you. We just warm up
differently.”</p>
<h2>Talking about it without pressure</h2>
<p>Some questions that can open the conversation:</p>
<ul>
<li>What helps you feel open to closeness? What gets in the way?</li>
<li>Are there kinds of touch that feel good without needing to lead anywhere?</li>
<li>How could we make it easier to say “not tonight” without either of us feeling hurt?</li>
<li>What would make it easier for either of us to start something?</li>
</ul>
<p>A gentle way to decline can keep the door open: “Not tonight, but I’d love to lie here
with you for a while.” A gentle way to invite can make it easy to say no: “I’d like to be
close to you. What would feel good tonight?”</p>
<blockquote><p>Desire is not a fixed quantity you either have or lack. It is a response to a
context, and contexts can change.</p></blockquote>
<p>If these conversations feel too loaded to have alone, a sex therapist can help you have
them with less shame and more curiosity. It is work we do with individuals, with couples and
with people in open and polyamorous relationships, at whatever pace feels right.</p>
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
know, always tell each other first. Rules can be useful. But agreements written before you
understand each other tend to be fragile, because they are built on guesses about what will
hurt.</p>
<p>In my work with people exploring open relationships, polyamory and other forms of
consensual non-monogamy, I usually suggest starting with questions instead. The questions
below are written for two partners, because that is the most common starting point, but most
of them apply just as well to a triad, to a polycule welcoming someone new, or to a single
person thinking about how they want to date.</p>
<h2>What are you each hoping for?</h2>
<p>People open relationships for many reasons: to explore parts of their sexuality, to have
more connection in their lives, because monogamy has never fit them, or because a partner
asked. These are different starting points, and they lead to different shapes of
relationship. It is worth saying yours out loud, even the parts that feel awkward.</p>
<p>Try being specific. “I want more freedom” could mean a dozen things. “I’d like to date
people of another gender, because that’s a part of myself I’ve never explored” is something
a partner can actually respond to. So is “I don’t want other partners myself, but I don’t
want to hold you back either.”</p>
<p>It is also worth asking, gently, whether you both want this. If one of you is mainly
agreeing so as not to lose the other, that deserves a pause. Non-monogamy built on a
reluctant yes tends to be painful for everyone, including the people you go on to date.</p>
<h2>What are you each afraid of?</h2>
<p>Fear is not a sign you should not do this. It is information about what needs care. Some
fears are about being replaced, some about being compared, some about time and attention,
some about health or about what family and friends will think. Try to name them
specifically. “I’m scared you’ll like someone else more” is a conversation you can have; a
vague dread is much harder to work with.</p>
<p>When your partner names a fear, resist the urge to talk them out of it. “That would never
happen” is meant kindly, but it tends to close the conversation. “What would help you feel
more secure if that fear showed up?” keeps it open.</p>
<p>Some fears are about you rather than the relationship: that you will not be wanted by
anyone new, or that you will discover something about yourself you are not sure how to hold.
Those deserve room too, and sometimes a conversation of their own.</p>
<h2>Practical questions worth talking through</h2>
<p>Beyond hopes and fears, there are practical questions that are much easier to discuss
before they come up than in the middle of a difficult evening:</p>
<ul>
<li>How much do we want to know about each other’s dates, and when? Some people want
details; some want to know only that it is happening.</li>
<li>How will we share time, especially evenings, weekends and holidays?</li>
<li>What are our agreements about safer sex and testing, and how will we tell each other if
something changes?</li>
<li>Who, if anyone, do we want to tell: friends, family, children, colleagues?</li>
<li>How will we treat the other people we date, including when something needs to be
renegotiated?</li>
</ul>
<p>You do not need answers to all of these on the first day. But noticing which ones matter
most to each of you says a great deal about where care is needed.</p>
<h2>Agreements that can grow</h2>
<p>Once you understand each other’s hopes and fears, agreements become tools to protect
specific things rather than walls built in the dark. Some things that help:</p>
<ul>
<li>Treat early agreements as experiments, with a date to review them together.</li>
<li>Distinguish between what you need and what you would simply prefer.</li>
<li>Remember that other partners are people too, with feelings of their own, not variables
in your arrangement.</li>
<li>Agree on how you will talk when something goes wrong, not only on what is allowed.</li>
</ul>
<h3>Needs, preferences and the people they affect</h3>
<p>A need is something without which you cannot feel safe in the relationship: “I need to
know if you’re going to stay out overnight.” A preference is something that would be nicer:
“I’d rather you didn’t date people from my running club.” Both are worth saying, but they
carry different weight, and treating every preference as a need tends to make agreements
rigid. Rigid rules also tend to land hardest on new partners, who had no say in agreements
that shape their relationship too.</p>
<h2>When the first hard feeling arrives</h2>
<p>Imagine the evening of a first date. One partner is out; the other is at home,
surprisingly fine for an hour, then suddenly not fine at all: scrolling, pacing, imagining.
This is very common, and it does not mean the experiment has failed. It means something is
asking for attention.</p>
<p>It can help to plan that evening ahead of time: a friend to call, a film you love, an
agreed message to say “thinking of you, see you tomorrow.” Afterwards, talk about what came
up, without blame, and see whether an agreement needs adjusting or whether the feeling
simply needed to be felt and shared. There is more on this in <a
href="/articles/jealousy-as-information/">Jealousy as information</a>.</p>
<h2>It is a skill, and skills take practice</h2>
<p>Non-monogamy asks for a lot of communication, and nobody arrives knowing how to do it.
Difficult feelings will come up, and that is not failure. What matters is having ways to
come back to each other, talk honestly and adjust. If you would like support along the way,
we work with people in every relationship structure, without judgement. You are welcome to
come on your own, together, or with more than one partner, in person in Portland or by video
in Oregon and Washington.</p>
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
<p>I think of boundaries less as walls and more as doors with clear signs on them. They let
the people we love know how to reach us, and when, without either of us getting hurt.</p>
<h2>A boundary is about you</h2>
<p>A boundary describes what <em>you</em> will do to take care of yourself; it is not a rule
for someone else. “You can’t call me after ten” is a demand. “I don’t answer calls after
ten, and I’ll call you back in the morning” is a boundary. The difference can seem small,
but it changes everything: a boundary does not depend on anyone else agreeing to it.</p>
<p>This can feel disappointing at first. Many of us hope that if we explain clearly enough,
the other person will change. Sometimes they do. But a boundary that only works if the other
person cooperates leaves you stuck when they do not. A boundary that rests on your own
actions is one you can always keep.</p>
<h2>Why boundaries make closeness possible</h2>
<p>It can feel as if saying no will push people away. In practice, the opposite is often
true. When we cannot say no, our yes becomes unreliable. We agree to things and then resent
them, or we withdraw without explaining, and the people we love are left guessing.</p>
<p>Clear boundaries let others relax around us. They know where they stand. They can trust
that when we say yes, we mean it. A friend who knows you will tell them when you are too
tired to talk can call you freely, without wondering whether they are a burden.</p>
<p>In relationships with more than two people, this clarity matters even more. When several
people are sharing time, homes and feelings, unspoken limits tend to surface as resentment
in unexpected places. Saying “I’d like one evening a week that is just for me” early and
plainly is much kinder to everyone than withdrawing without a word later.</p>
<h2>Finding your own limits</h2>
<p>Before you can say a boundary, you have to notice it, and many of us have had a great
deal of practice at not noticing. Some clues that a limit is being crossed:</p>
<ul>
<li>A sinking feeling when a particular name lights up your phone.</li>
<li>Saying yes quickly and regretting it within the hour.</li>
<li>Resentment that seems bigger than the situation.</li>
<li>A tiredness after certain conversations that no amount of sleep seems to touch.</li>
</ul>
<p>These are not signs that you are selfish or unkind. They are signals, often from the body
first, that something you need is being overlooked, sometimes by you. When you notice one,
it can help to ask yourself: <em>What would I be protecting if I said no here? What am I
giving up each time I say yes?</em></p>
<h2>Saying it kindly</h2>
<p>A boundary does not need to be harsh to be firm. It often helps to include three
things:</p>
<ol>
<li>What you value in the relationship: “I love our Sunday calls.”</li>
<li>What you need: “I need to be off the phone by eight so I can rest before work.”</li>
<li>What you will do: “So I’ll let you know when it’s time for me to go.”</li>
</ol>
<h3>A few more examples</h3>
<ul>
<li>With a partner: “I want to hear about your day, and I need twenty minutes to land when I
first get home. I’ll come and find you once I’ve changed.”</li>
<li>With family: “I’m glad we’re visiting for the holidays. We’ll be staying at a hotel this
year, so we can all get some rest.”</li>
<li>With a friend: “I care about you and I want to help. I can’t lend money, but I can sit
down with you on Saturday and look at the options.”</li>
<li>With a partner’s partner: “I’d like us to get on well. I’m not ready to spend a whole
holiday together yet. Could we start with dinner?”</li>
</ul>
<p>Then comes the hard part: doing what you said, calmly, even if the other person is
disappointed. Their disappointment is not proof you did something wrong.</p>
<h2>When the other person pushes back</h2>
<p>People who are used to a different version of you may test a new boundary, and not always
out of unkindness. Change is unsettling, and they may simply be checking whether you meant
it. It helps to keep your reply short and steady. You do not need to win an argument about
whether your boundary is reasonable; you only need to keep it. “I understand it’s not what
you hoped for. I’m still going to hang up at eight.”</p>
<p>You may also push back on yourself. Many people feel a wave of guilt after holding a
boundary for the first time, and take that guilt as evidence they got it wrong. Usually it
is only the feeling of doing something unfamiliar. Give it a day before you decide what it
means.</p>
<p>Over-explaining tends to invite negotiation. One sentence of reason, said warmly, is
usually enough. And if someone consistently punishes you for having any limits at all, that
is important information about the relationship, and worth talking through with someone you
trust.</p>
<h2>When boundaries feel impossible</h2>
<p>If setting even small limits fills you with guilt or fear, there is usually a good
reason, often rooted in relationships where your needs were not welcome. That is worth
exploring with care. Learning to hold a boundary is learning to believe that you can be
loved and still take up space. It is slow work, and it is the kind of thing we often
practise in therapy, sentence by sentence, until the words begin to feel like your own.</p>
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
understanding that the person grieving needs gentleness. But some of the deepest losses come
without any of that, because the person we are losing is still alive.</p>
<p>If you are grieving someone who is still here, you may not even be sure that grief is the
right word for what you feel. I hope this gives you permission to use it.</p>
<h2>Ambiguous loss</h2>
<p>Therapists sometimes call this <em>ambiguous loss</em>: grief for someone who is
physically present but psychologically changed, or psychologically present but physically
gone. A parent with dementia who no longer knows your name. A partner so changed by
addiction or depression that you barely recognise them. A marriage that still exists on
paper but has emptied out. A child who has cut off contact. A close friend who drifted away
without any falling-out, so that there was never a conversation to mark the end.</p>
<p>It can happen in any kind of relationship. A partner leaves a polycule but stays in the
same circle of friends, so you keep seeing them at birthdays. A co-parent you once loved is
now someone you exchange calendars with. A sibling’s beliefs change so much that
conversations feel like talking to a stranger who shares your childhood.</p>
<p>Because there is no clear ending, there is no clear permission to mourn. People around
you may not see the loss at all. You may not fully let yourself see it either.</p>
<h2>Both things can be true</h2>
<p>One of the hardest parts of this grief is holding two realities at once. Your mother is
here, and the mother you knew is gone. You love your partner, and you miss who they used to
be. It can feel disloyal to grieve someone still living, as if you are giving up on
them.</p>
<p>Grieving is not giving up. It is acknowledging what has changed so that you can keep
loving the person as they are now, rather than exhausting yourself waiting for who they
were.</p>
<blockquote><p>You are allowed to miss someone who is sitting in the same
room.</p></blockquote>
<p>It can help to practise saying <em>and</em> where you would usually say <em>but</em>. Not
“I love him, but I’m so angry,” as if one cancelled the other, but “I love him, and I’m so
angry.” Both are real. Neither has to win.</p>
<h2>Why this grief is so tiring</h2>
<p>Grief after a death is painful, but it usually has a direction: slowly, the loss becomes
part of life. Ambiguous grief often has no such direction. Good days bring hope back (“She
knew me today; maybe it isn’t so bad”), and hard days take it away again. Each swing can
feel like losing them a little more.</p>
<p>It is also often invisible. Friends ask how your father is, and you say “fine,
considering,” because the real answer would take an hour and you are not sure they want it.
Over time, that silence can make the grief heavier.</p>
<h3>When you are also caring for them</h3>
<p>Many people grieving in this way are also looking after the person they are grieving:
managing appointments, medicines, money, moods. There is very little room to feel anything
when you are busy being needed. If that is you, please know that tiredness, irritation and
even moments of wishing it were over are common, human responses to an enormous load. They
do not mean you love the person any less.</p>
<h2>Finding a way through</h2>
<p>There is no tidy path through a loss that has no ending. The aim is not to finish
grieving, but to find a way of living alongside the loss that leaves room for the rest of
your life as well. Some things that people find steadying:</p>
<ul>
<li>Name the loss, at least to yourself. Being specific helps: what exactly do you
miss?</li>
<li>Look for what remains. A shared song, a way of laughing, a familiar hand.</li>
<li>Let someone else know. Ambiguous grief is lonelier when it is invisible.</li>
<li>Expect it to come in waves, and to return at birthdays and holidays.</li>
</ul>
<h3>Small rituals</h3>
<p>Because there is no funeral, it can help to make a small marker of your own. Some people
write a letter to the person as they were, and keep it or burn it. Some visit a place they
used to go together. Some set aside a quiet hour on a birthday or an anniversary, light a
candle, and let themselves feel whatever comes. A ritual does not close the loss. It gives
it somewhere to be.</p>
<h2>Letting others in</h2>
<p>Because this grief is easy to overlook, you may have to ask for support more directly
than you would after a death. That might mean telling a close friend, “My mother doesn’t
really know who I am any more, and I’m grieving her even though she’s still alive. Could you
check in on me now and then?” Most people want to help; they simply do not know there is
something to help with.</p>
<p>It can help to be specific about what you would like. Some people want to talk about the
person as they used to be, and to hear others remember them too. Some want practical help: a
meal, an afternoon of company for the person they care for, so they can rest. Some just want
someone to ask, without needing an update.</p>
<p>Groups can help too. Sitting with others who live with a similar loss, whether a parent’s
illness, an estrangement or the slow end of a long relationship, often eases the feeling of
being the only one.</p>
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
<p>This piece is about everyday hurts: the tone, the comment, the eye roll, the forgotten
promise. Larger breaches of trust need more than one good conversation, and there is a
little about those at the end.</p>
<h2>Why repair matters more than perfection</h2>
<p>Researchers who watch couples over many years find that the steadiest relationships are
not the ones without conflict. They are the ones where partners reach back toward each other
after conflict: a joke that breaks the tension, a hand on the arm, an “I’m sorry, that came
out wrong.” Repair tells both people that the bond is bigger than the bad moment.</p>
<p>The same is true between parents and children, between friends, and between everyone in a
polycule or a shared household. Nobody gets it right all the time. People who feel safe
together are usually people who have learned, from experience, that things get put
right.</p>
<h2>Before you apologise</h2>
<p>An apology offered while you are still angry or defensive tends to come out sideways. It
is worth taking a little time first, not to avoid the conversation, but to be ready for
it.</p>
<ul>
<li>Let your own body settle. If your heart is still pounding, listening will be hard.</li>
<li>Ask yourself what, specifically, you did or said. Not what you meant, but what they
experienced.</li>
<li>Get curious about why it landed as it did. A comment that seems small to you may touch
something that has hurt them before.</li>
</ul>
<p>If you genuinely do not understand why something hurt, you can ask: “I can see I upset
you, and I’d like to understand. Will you tell me what it was like from your side?” Then
listen all the way to the end.</p>
<h2>What a real apology includes</h2>
<p>A good repair is less about the right words and more about the other person feeling
understood. It usually has a few parts:</p>
<ol>
<li><strong>Naming what happened</strong>, specifically: “I rolled my eyes when you were
telling me about your sister.”</li>
<li><strong>Acknowledging the impact</strong>: “I think that made you feel dismissed, like
what you were saying didn’t matter to me.”</li>
<li><strong>Taking responsibility</strong> without a “but”: “I’m sorry. That wasn’t fair to
you.”</li>
<li><strong>Saying what you will do</strong>: “Next time I’m too tired to listen, I’ll tell
you, instead of half listening.”</li>
</ol>
<p>You do not need to say all four in one breath, or in that order. What matters is that by
the end, the person you hurt feels you have seen what happened through their eyes.</p>
<p>Picture a couple getting ready for a party. One, running late, snaps at the other for
taking too long to choose a shirt. The car ride is quiet. Halfway there, the one who snapped
says: “I was short with you back there because I was stressed about being late, and I took
it out on you. That wasn’t fair. I’m sorry.” Nothing dramatic follows; the other nods, and a
few minutes later they are talking about who will be at the party. That is what most repair
looks like. It is small, and it is enough.</p>
<h2>What gets in the way</h2>
<p>Most failed apologies fail in the same places:</p>
<ul>
<li><strong>Explaining first.</strong> Your reasons may matter, but offered before the other
person feels heard, they sound like a defence. Save them for later, and share them if you
are asked.</li>
<li><strong>Apologising for their feelings.</strong> “I’m sorry you were upset” places the
problem in them. “I’m sorry I spoke to you like that” keeps it where it belongs.</li>
<li><strong>Expecting instant forgiveness.</strong> An apology is an offer, not a
transaction. If you feel hurt when it is not accepted straight away, notice that, and give
it time.</li>
<li><strong>Apologising so hard that they end up comforting you.</strong> Guilt is natural,
but if your distress becomes the centre of the conversation, the person you hurt is left on
their own again.</li>
</ul>
<p>If your partner needs time, that is not a rejection of your repair. Stay warm, stay
available, and let it land in its own time.</p>
<h2>When you are the one who was hurt</h2>
<p>Repair runs in both directions. If your partner reaches toward you after a rupture, even
clumsily, try to notice the reach itself. You do not have to pretend you are fine. You can
say “I’m still hurt, and I appreciate you coming back to this.” That, too, is repair.</p>
<p>It can also help to say what would help: “I think I need a hug and an early night, and
then I’d like to talk about it properly tomorrow.” The person apologising often wants to
make things right and does not know how. Telling them is not weakness; it gives the repair
somewhere to go.</p>
<h2>When the hurt is bigger</h2>
<p>Some ruptures cannot be mended in a single conversation: a broken agreement, a betrayal,
the same hurtful thing said for the tenth time. Here, words matter less than what follows
them. Trust is rebuilt slowly, through small promises kept over weeks and months, and the
person who was hurt gets to set the pace.</p>
<p>In practice, that often means being willing to answer the same questions more than once,
without irritation; being open about things you might once have kept to yourself; and
accepting that there will be days when the hurt returns, long after you hoped it was
settled. Those returns are not a failure of the repair. They are part of it.</p>
<p>If you are finding that hard to do on your own, couples or relationship therapy can offer
a steady place to work through it together, at a speed that feels bearable for everyone
involved.</p>
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
very painful, and it usually has something to tell you. The aim is not to get rid of it, or
to do whatever it says, but to listen long enough to understand the message.</p>
<h2>Jealousy is a bundle of feelings</h2>
<p>What we call jealousy is rarely one thing. When you unpack it, you often find fear
(<em>I’ll be left</em>), insecurity (<em>I’m not enough</em>), envy (<em>I want what they
have</em>), a sense of unfairness, or grief for how things used to be. Each of these asks
for something different.</p>
<p>Fear may ask for reassurance. Insecurity may ask for some care, including care from
yourself. Envy often points to something you would like more of in your own life: novelty,
attention, adventure. Unfairness may point to an agreement that is not working. Grief may
simply need to be felt, and witnessed.</p>
<p>Treating all of these as one feeling called jealousy means giving the same answer to very
different questions, which is why the usual answers (more rules, or “just get over it”) so
often fall flat.</p>
<p>It can also help to notice that jealousy usually arrives in the body before it arrives in
words: a hot face, a hollow stomach, a restless urge to check a phone. Those sensations are
real and can be intense, but they pass more quickly than it seems while you are in them,
especially if you do not add fuel to them by scrolling or imagining.</p>
<h2>Questions to ask it</h2>
<p>Next time jealousy shows up, try to slow down before acting on it. You might take ten
minutes alone, with a notebook or on a walk around the block. Some questions:</p>
<ul>
<li>Where do I feel this in my body, and what does it feel like?</li>
<li>What am I afraid might happen?</li>
<li>Is there something I want that I am not getting, or not asking for?</li>
<li>Is this about what is happening now, or does it remind me of something older?</li>
<li>What would help me feel even a little steadier right now?</li>
</ul>
<p>You do not need perfect answers. Even moving from “I feel terrible” to “I’m scared I
matter less to them since they started seeing Sam” is a real step, because the second is
something you can actually talk about.</p>
<h2>Where it might be pointing</h2>
<h3>Toward the relationship</h3>
<p>Sometimes the answer points to a need in the relationship: more time together, more
reassurance, a changed agreement. If your partner has been out three evenings this week and
you have barely had a proper conversation, jealousy may be pointing, quite accurately, at a
shortage of connection. That is worth raising, not as a complaint about the other person
they are seeing, but as a request for time of your own together.</p>
<h3>Toward something older</h3>
<p>Sometimes it points inward, to an old wound that is asking to be tended. If your jealousy
feels much bigger than the situation, or has the same flavour as being compared to a sibling
as a child, or as a past relationship where you were lied to, the present may be waking
something up. That is not your partner’s job to fix, though they can support you. It is
yours to get to know, with kindness, and perhaps with help.</p>
<p>Often it is both at once, and that is fine. Untangling the threads is part of the
work.</p>
<h2>Sharing it without blaming</h2>
<p>Telling a partner “I felt jealous when you were texting them all evening” can be an act
of trust, if it is offered as information rather than an accusation. It helps to add what
you need: “Could we have some time tonight that’s just ours?”</p>
<p>Some other ways to begin:</p>
<ul>
<li>“I’m noticing some jealousy, and I don’t need you to fix it. I just didn’t want to keep
it hidden.”</li>
<li>“I think what I’m really feeling is left out. Could you tell me a bit about your plans
for the weekend, so I know what to expect?”</li>
<li>“This feels like old stuff for me. Could you just hold my hand for a minute?”</li>
</ul>
<blockquote><p>Jealousy does not have to be obeyed, and it does not have to be banished. It
can be listened to.</p></blockquote>
<h2>If you are the one hearing it</h2>
<p>When a partner tells you they feel jealous, it is natural to feel defensive, guilty or
impatient, especially if you have kept every agreement. Try to remember that they are
trusting you with something vulnerable. You do not have to agree that you did something
wrong, and you do not have to change anything straight away. You can simply say, “Thank you
for telling me. I’m here. What would help?”</p>
<p>A few things tend not to help, however well meant: arguing about whether the feeling is
justified, pointing out that they agreed to this, or rushing to change an agreement just to
make the discomfort stop. Feelings and agreements are both worth discussing, but usually not
in the same breath, and usually not at midnight.</p>
<p>Many people in non-monogamous relationships also talk about <em>compersion</em>: a warm,
glad feeling at a partner’s happiness with someone else. It is lovely when it comes, but it
is not a test you have to pass, and it can sit alongside jealousy rather than replacing
it.</p>
<p>Learning to be with jealousy, rather than ruled by it, takes practice in any relationship
structure. It is one of the things we work on often, and gently, in therapy, with
individuals, with couples and with people in open and polyamorous relationships.</p>
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
<p>Reaching out for therapy takes courage, and then comes a new worry: what actually happens
in that first hour? If you have never been to therapy, or had an experience that did not
fit, it is natural to feel nervous. Knowing what to expect can help.</p>
<p>What follows is how first sessions usually go with us. Other therapists work differently,
and that is fine; you can ask anyone you are considering to walk you through their own way
of starting.</p>
<h2>Before you arrive</h2>
<p>After you request a session, we will get in touch in the way you asked, by phone or by
email, usually within two working days. We will find a time, tell you about fees, and send a
short intake form. If cost is a worry, ask about our reduced-fee places; we can also give
you a superbill if you would like to claim from an out-of-network insurance plan.</p>
<p>You do not need to prepare anything else. You are welcome to write down a few things you
would like to mention, if that helps you feel ready.</p>
<h3>In person or by video</h3>
<p>We see people in person at our office in Northeast Portland, and by secure video anywhere
in Oregon and Washington. Neither is second best. Some people find it easier to open up in
their own space; others like the clear edges of travelling to a room set aside for the
purpose. If you choose video, it helps to find a spot where you will not be overheard, with
headphones if you share your home. Some people take their session in a parked car, and that
works too, as long as you are in Oregon or Washington at the time.</p>
<h2>In the room (or on the screen)</h2>
<p>The first session is mostly about getting to know each other. Sessions last fifty
minutes. Your therapist will ask what brings you in and listen to how things are for you
now. They may ask about your history, your relationships, your health and what you have
tried before. You can share as much or as little as feels right. You are in charge of your
story, and “I’m not ready to talk about that yet” is always an acceptable answer.</p>
<p>Your therapist will also explain confidentiality: what stays private, and the few
situations, such as a serious risk to someone’s safety, in which they would have to act. Ask
about anything that is not clear.</p>
<h3>If you are coming with a partner, or partners</h3>
<p>If you come as a couple or as partners, the therapist will want to hear from each of you,
and may suggest meeting each of you on your own once as well. This is not about taking
sides. It gives everyone a chance to say things that are hard to say for the first time in
front of someone else. People in non-monogamous relationships are welcome to come in
whatever combination makes sense: one partner, two, or more.</p>
<h3>If you are joining a group</h3>
<p>Our groups are small and closed: the same people meet weekly for a set number of weeks,
and no one new joins halfway through. Before a group begins, you will usually have a short
conversation on your own with the therapist who leads it, to talk about what you hope for
and whether the group is a good fit. In the group itself, you decide how much to share and
when. Many people spend the first meeting mostly listening, and that is fine.</p>
<h2>What you do not need to do</h2>
<p>People sometimes put off starting therapy because they think they have to arrive ready.
You do not need to:</p>
<ul>
<li>know exactly what is wrong, or have a name for it;</li>
<li>be in crisis (wanting to understand yourself or a relationship better is reason
enough);</li>
<li>tell your whole life story in one hour;</li>
<li>cry, or hold back from crying. Either is fine.</li>
</ul>
<p>If you are unsure whether what you are going through is “serious enough” for therapy, you
are not alone in wondering. The question itself is often a sign that something has been
weighing on you for a while. That is a perfectly good reason to talk.</p>
<h2>Questions you are welcome to ask</h2>
<ul>
<li>How do you work, and what might our sessions look like?</li>
<li>Have you worked with people in situations like mine?</li>
<li>How often would we meet, and for roughly how long?</li>
<li>How will we know if therapy is helping?</li>
<li>What happens to the things I tell you? Who can see my notes?</li>
</ul>
<p>A good therapist will be glad you asked.</p>
<h2>It is all right to see how it feels</h2>
<p>Many people feel tired after a first session, or oddly light, or a little raw. All of
these are normal. It can help to leave yourself some time afterwards rather than going
straight into a meeting: a walk, a cup of tea, a few quiet minutes before driving home.</p>
<p>Over the next few sessions, you and your therapist will start to shape what you would
like from your time together. That might be something concrete, like arguing less painfully,
or something harder to put into words, like feeling more at home in yourself. It is allowed
to change as you go.</p>
<p>The relationship between you and your therapist matters more than almost anything else in
therapy. After a first session it is completely fine to take some time to decide, or to say
that you would like to try someone else. We would rather you find the right fit than stay
out of politeness, and we are happy to suggest other places to look.</p>
<p>Whenever you feel ready, you can <a href="/book/">request a first session</a>. There is
no wrong way to start.</p>
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
<p>If that is you, you are in good company. It is one of the things people most often tell
me in a first session, usually quietly, often with an apology attached, as if it were a
shameful secret. It is not. It is a human response to a need for connection that has gone
unmet.</p>
<h2>How it creeps in</h2>
<p>Loneliness in a relationship rarely arrives all at once. It grows out of a long series of
small absences: conversations that stay on logistics, feelings that go unshared because
sharing them did not go well the last time, evenings spent side by side on separate screens.
Each one is small. Together, they can leave two people living parallel lives.</p>
<p>Often nobody did anything wrong. A new job, a move, a baby, an illness, a long stretch of
caring for someone else: life narrows, and the relationship gets whatever is left over.
Months later, you look up and realise you have not had a real conversation in a long time,
and you are not sure how to start one.</p>
<h2>It is a signal, not a verdict</h2>
<p>Feeling lonely does not necessarily mean the relationship is wrong or over. Often it
means that a need for connection has gone unmet for long enough that it has started to hurt.
That is useful information. It is an invitation to turn toward each other, not proof that
you have drifted too far.</p>
<p>It can help to think of loneliness the way you think of hunger. Hunger is not a sign that
something is wrong with you; it is a sign that you need to eat. Loneliness is a sign that
you need to be known.</p>
<h2>Why it is so hard to say</h2>
<p>Many people carry this feeling for a long time before they mention it. They worry it will
sound like an accusation (“You’re not enough for me”), or ungrateful, or that saying it out
loud will make it real. Some tell themselves they have no right to feel lonely when their
partner is right there, trying their best.</p>
<p>There is also a quieter fear: that if you say it, your partner will say they feel fine,
and you will be even more alone. That fear makes sense. In my experience, though, partners
are often relieved rather than hurt, because they have been feeling something similar and
did not know how to name it either.</p>
<h2>Turning back toward each other</h2>
<p>Reconnection tends to start small. Some places to begin:</p>
<ul>
<li>Ask one real question a day, one that is not about chores or schedules.</li>
<li>Share something you have been keeping to yourself, even something minor.</li>
<li>Put the phones in another room for the first half hour after you both get home.</li>
<li>Tell your partner, as gently as you can, that you miss them.</li>
</ul>
<p>That last one is often the hardest. It can feel exposing, or like an accusation. But “I
miss you” is one of the clearest invitations we can offer, and many partners are relieved to
hear it, because they have been feeling it too.</p>
<h3>A ten-minute conversation</h3>
<p>If a long talk feels daunting, try something shorter. Sit down together, set a timer for
ten minutes, and take turns answering one question while the other simply listens: <em>What
has been on your mind this week that I don’t know about?</em> No fixing, no debating, just
hearing. A few of these a week can do more than one big conversation a month.</p>
<p>The first few may feel stilted. That is normal; you are using a muscle that has not been
used for a while. Keep going, and let the questions get a little deeper as it starts to feel
easier.</p>
<h2>In every shape of relationship</h2>
<p>Loneliness is not only a problem for couples. People in polyamorous relationships
sometimes assume that more partners means less chance of feeling alone, and then find
themselves lonely anyway: always scheduling, rarely settled, or feeling like a lower
priority in someone else’s week. People in long-distance relationships, people whose partner
works nights, and people caring for a partner who is unwell can feel it too.</p>
<p>Adding more people does not necessarily ease loneliness, and neither does spending more
hours in the same room. What tends to help is the quality of contact: moments of being
genuinely seen and answered, whatever shape your relationships take.</p>
<h3>Not only your partner</h3>
<p>It is also worth asking whether one relationship is being asked to carry everything. Many
adults, especially after years of work and family life, have let friendships thin out
without meaning to. A partner cannot be your only confidant, your only company and your only
source of play. A weekly call with an old friend, a class, a choir, a walking group: these
are not a distraction from the relationship. They often make it lighter to be in.</p>
<h2>When you cannot find the way back alone</h2>
<p>Sometimes the distance has grown for reasons that are hard to see from inside: an old
hurt, a change neither of you has talked about, different needs for closeness. Couples or
relationship therapy can help you understand what happened and build a bridge back. It is
not only for relationships in crisis. It can be for two people, or more, who want to feel
close again.</p>
<p>And if your partner is not ready to come, you can still come on your own. Understanding
your own part in the distance, and what you need, is often where change begins.</p>
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
then the inbox, then the dishes, then the call you have been putting off, and then, if there is
time left and you have been good enough, you may sit down. Often the sitting down never quite
happens, or it happens with one eye on the list.</p>
<p>This piece is about that bargain: where it comes from, what it costs, and what it can look
like to rest before everything is finished.</p>
<h2>Why “when everything is done” never comes</h2>
<p>There is always another task. Work expands, households generate their own chores, and the
people we love need things at unpredictable hours. If rest waits for an empty list, it waits
forever, and the body eventually takes the rest it needs in less pleasant ways: a cold that
arrives the first day of a holiday, a short temper by Thursday, a weekend lost to the sofa
without any of the pleasure of choosing it.</p>
<p>Rest that is only allowed after everything is done also tends to be poor rest. When it
finally comes, it is spent recovering from depletion rather than enjoying anything. People
describe lying in bed scrolling, too tired to do the things that would actually restore them,
and then feeling guilty about the scrolling as well.</p>
<h2>Where the bargain comes from</h2>
<p>For many people the rule “work first, rest later” was learned early and for good reasons.
Perhaps a parent was overwhelmed and a child learned that being useful kept the household
calm. Perhaps praise arrived for achievement and went quiet otherwise. Perhaps money was
tight and idleness really did feel dangerous. Some of us grew up in families or cultures where
tiredness was treated as a character flaw, and some of us were simply busy children of busy
adults.</p>
<p>None of this is foolish. The rule made sense in the place it was learned. What happens is
that it keeps running long after the place has changed, so that an adult with a secure job and
a kind partner still feels a jolt of anxiety when they sit down at four in the afternoon, as if
someone might walk in and find them out.</p>
<h2>What the guilt is telling you</h2>
<p>If resting makes you uneasy, it can help to get curious about the unease rather than obey
it. When you stop, what does the inner voice say? “You haven’t done enough.” “Other people
are working harder.” “You’ll fall behind.” Often it has a particular tone, and sometimes it
sounds like someone you know.</p>
<p>You do not have to argue with it or silence it. It is enough to notice it as a habit of
mind rather than a statement of fact. “There is the voice that says I have to earn this” is a
different experience from “I have not earned this.” The first leaves a little room to choose.</p>
<h2>Rest as maintenance</h2>
<p>It can help to think of rest the way you think of sleep or food: not a reward for good
behaviour, but part of what keeps you able to live the life you care about. Nobody skips
breakfast until they have finished the day’s work and calls it discipline; we understand that
fuel comes first. Attention, patience and warmth run on rest in the same way.</p>
<p>In relationships this matters a great deal. Many of the arguments couples bring to therapy
happen late in the evening, between two depleted people, neither of whom has had a moment to
themselves since morning. The content of the argument is real, but so is the exhaustion
underneath it. Rest is not a retreat from the people we love; it is part of how we stay kind
to them.</p>
<h2>Small ways to start</h2>
<ul>
<li><strong>Put rest on the list.</strong> If lists are how you run your life, use them. Ten
minutes outside, a chapter of a novel, a bath: written down, with a time, and crossed off like
anything else.</li>
<li><strong>Rest before, not after.</strong> Try a short pause before a demanding task
instead of after it. It changes the story from “I deserve this because I suffered” to “I am
looking after the person who is about to do something hard.”</li>
<li><strong>Notice what actually restores you.</strong> Scrolling and restoring are not always
the same. For some people it is movement, for others stillness, company or solitude. Pay
attention to how you feel an hour later.</li>
<li><strong>Share it.</strong> Tell a partner or friend that you are practising this. Ask them
to notice when you skip it, and offer to do the same for them.</li>
</ul>
<h2>When rest does not help</h2>
<p>Sometimes people rest, and rest, and still feel flat and worn through. Persistent
exhaustion, sleep that does not refresh, or a heaviness that does not lift with a weekend away
can be signs of something that deserves more attention: depression, burnout, grief, or a
physical health problem. A conversation with your doctor is a good first step, and therapy can
be a place to look at what is weighing on you.</p>
<p>Resting before everything is done can feel, at first, like breaking a rule. Over time it
tends to feel more like keeping a promise: to yourself, and to the people who are glad to have
you around with some energy left.</p>
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
