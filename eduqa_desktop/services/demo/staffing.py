"""Who works at the school and teaches what: teaching posts sized to the lesson load,
a person for each post, and each year's lessons shared out among them."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from eduqa_desktop.domain.school_calendar import year_start
from eduqa_desktop.services.demo import names
from eduqa_desktop.services.demo.model import DemoSchool, DemoTeacher, Lesson
from eduqa_desktop.services.demo.randomness import clamp

# Grades 1–4 have a class teacher for these subjects; the rest go to the specialist of the
# subject (whose department is the methodological association).
CLASS_TEACHER_SUBJECTS = frozenset(
    {"native_language", "mathematics", "natural_science", "upbringing", "technology", "fine_art"}
)
SPECIALTY_OF: dict[str, str] = {
    "native_language": "mother_tongue", "literature": "mother_tongue",
    "russian": "russian", "english": "english",
    "mathematics": "mathematics", "algebra": "mathematics", "geometry": "mathematics",
    "physics": "physics", "informatics": "informatics",
    "chemistry": "chemistry", "biology": "biology",
    "geography": "geography", "economics": "geography",
    "history_uzbekistan": "history", "world_history": "history", "law": "history",
    "upbringing": "history",
    "physical_education": "pe", "pre_conscription": "pe",
    "music": "arts", "fine_art": "arts", "technical_drawing": "arts", "technology": "technology",
}  # fmt: skip
# Lessons a week per class (for sharing teachers out); 2 when not listed.
WEEKLY_HOURS: dict[str, int] = {
    "native_language": 4, "mathematics": 5, "algebra": 3, "english": 3, "literature": 2,
    "informatics": 1, "upbringing": 1, "technology": 1, "music": 1, "fine_art": 1,
    "technical_drawing": 1, "law": 1, "economics": 1,
}  # fmt: skip
# Share of women among the teachers of a main specialty; FEMALE_SHARE_OTHERWISE when not listed.
FEMALE_SHARE: dict[str, float] = {"primary": 0.95, "pe": 0.25, "physics": 0.5, "informatics": 0.5}
FEMALE_SHARE_OTHERWISE = 0.72

# Specialty → the lessons it teaches in a year, one group per class.
LessonsBySpecialty = dict[str, list[list[Lesson]]]


def make_teachers(school: DemoSchool, teacher_count: int) -> None:
    """About `teacher_count` teachers with their lessons; one or two left before this year
    and a newcomer took each one's post."""
    rng, years = school.rng, school.ref.years
    lessons = {year.name: _lessons_by_specialty(school, year.name) for year in years}
    load: dict[str, float] = defaultdict(float)  # lessons a week over all years
    for by_specialty in lessons.values():
        for specialty, groups in by_specialty.items():
            for group in groups:
                load[specialty] += sum(WEEKLY_HOURS.get(code, 2) for _, code in group)
    leavers = 0 if teacher_count < 4 else 1 if teacher_count < 20 else 2
    posts = _posts(load, teacher_count - leavers, lessons)

    current = years[-1]
    current_start = year_start(current.name)
    all_years = {year.name for year in years}
    taken_names: set[str] = set()
    leaver_posts = set(rng.sample(range(len(posts)), leavers))
    for index, specialties in enumerate(posts):
        if index in leaver_posts:
            left_on = date(current_start, 6, rng.randint(1, 30))
            leaver = _new_teacher(school, specialties, all_years - {current.name}, taken_names)
            leaver.left_on = left_on
            school.teachers.append(leaver)
            newcomer = _new_teacher(school, specialties, {current.name}, taken_names, experience=1)
            newcomer.hired_on = date(current_start, 8, rng.randint(15, 31))
            school.teachers.append(newcomer)
        else:
            school.teachers.append(_new_teacher(school, specialties, all_years, taken_names))
    for year in years:
        for specialty, groups in lessons[year.name].items():
            staff = [
                t for t in school.teachers if specialty in t.specialties and year.name in t.years
            ]
            if not staff:
                continue
            for teacher, share in zip(staff, _split(groups, len(staff)), strict=True):
                teacher.teaching.setdefault(year.name, []).extend(share)


def _lessons_by_specialty(school: DemoSchool, year: str) -> LessonsBySpecialty:
    """The (class, subject) lessons of a year, by the specialty that teaches them."""
    result: LessonsBySpecialty = defaultdict(list)
    for cls in school.classes[year]:
        groups: dict[str, list[Lesson]] = defaultdict(list)
        for code in school.ref.subjects:
            first, last = school.ref.grades[code]
            if first <= cls.grade <= last:
                primary = cls.grade <= 4 and code in CLASS_TEACHER_SUBJECTS
                specialty = "primary" if primary else SPECIALTY_OF.get(code, code)
                groups[specialty].append((cls, code))
        for specialty, lessons in groups.items():
            result[specialty].append(lessons)
    return result


def _posts(
    load: dict[str, float], count: int, lessons: dict[str, LessonsBySpecialty]
) -> list[list[str]]:
    """The specialties of each of `count` teaching posts: one each when there are posts enough,
    more posts to the specialties with more lessons."""
    order = sorted(load, key=lambda s: (-load[s], s))
    others = [s for s in order if s != "primary"]
    count = max(count, 1)
    if count < len(order):
        shared: list[list[str]] = [[] for _ in range(count)]
        for index, specialty in enumerate(order):
            shared[index % count].append(specialty)
        return shared
    # Primary class teachers: about a quarter of the posts, but no more than the fewest grade
    # 1–4 classes of a year, and a post left for each other specialty.
    primary_classes = min(len(by.get("primary", [])) for by in lessons.values())
    primary = min(primary_classes, max(1, round(count * 0.26)), count - len(others))
    if "primary" not in load:
        primary = 0
    # Largest remainder: every other specialty gets one post, the spare ones go by load.
    spare = count - primary - len(others)
    total = sum(load[s] for s in others) or 1.0
    quota = {s: spare * load[s] / total for s in others}
    posts = {s: 1 + int(quota[s]) for s in others}
    left = spare - sum(int(q) for q in quota.values())
    for specialty in sorted(others, key=lambda s: (int(quota[s]) - quota[s], s))[:left]:
        posts[specialty] += 1
    result = [["primary"] for _ in range(primary)]
    for specialty in others:
        result.extend([specialty] for _ in range(posts[specialty]))
    return result


def _new_teacher(
    school: DemoSchool,
    specialties: list[str],
    years: set[str],
    taken_names: set[str],
    experience: int = 0,
) -> DemoTeacher:
    """A new person for a post, with a name no one else at the school has (0: any experience)."""
    rng = school.rng
    main = specialties[0]
    while True:
        latin, female = names.person(
            rng, rng.random() < FEMALE_SHARE.get(main, FEMALE_SHARE_OTHERWISE)
        )
        if latin not in taken_names:
            taken_names.add(latin)
            break
    # Some names are typed in Cyrillic, some with a look-alike of the ʻ, as in real files.
    full_name = latin
    if rng.random() < 0.15:
        full_name = names.to_cyrillic(latin)
    elif names.OKINA in latin and rng.random() < 0.35:
        full_name = latin.replace(names.OKINA, rng.choice("'‘`"))
    experience = experience or rng.randint(len(years) + 1, 35)
    current_start = year_start(school.ref.years[-1].name)
    at_school = rng.randint(min(len(years), experience - 1), experience - 1)
    return DemoTeacher(
        full_name=full_name,
        female=female,
        specialties=specialties,
        years=years,
        skill=clamp(rng.gauss(0.76, 0.11), 0.35, 0.97),
        experience=experience,
        hired_on=date(current_start - at_school, 8, rng.randint(15, 31)),
    )


def _split(groups: list[list[Lesson]], parts: int) -> list[list[Lesson]]:
    """Share ordered groups out into `parts` contiguous runs of about equal size.

    Contiguous, so that a teacher keeps whole classes and neighbouring grades.
    """
    result: list[list[Lesson]] = [[] for _ in range(parts)]
    total = sum(len(group) for group in groups) or 1
    done = 0
    for group in groups:
        result[min(parts - 1, int((done + len(group) / 2) * parts / total))].extend(group)
        done += len(group)
    return result
