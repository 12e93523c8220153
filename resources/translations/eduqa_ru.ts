<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Messages</name>
    <message>
        <source>Enter the name of the school.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The school name is longer than {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” is not an academic year. Write it like 2025-2026.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A school named “{name}” is already in this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file holds no school yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file holds {count} schools; name one with --school.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no school named “{name}” in this file.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
