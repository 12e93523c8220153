<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Messages</name>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Enter the name of the school.</translation>
    </message>
    <message>
        <source>The school name is longer than {limit} characters.</source>
        <translation>The school name is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>“{value}” is not an academic year. Write it like 2025-2026.</source>
        <translation>“{value}” is not an academic year. Write it like 2025-2026.</translation>
    </message>
    <message>
        <source>A school named “{name}” is already in this file.</source>
        <translation>A school named “{name}” is already in this file.</translation>
    </message>
    <message>
        <source>This file holds no school yet.</source>
        <translation>This file holds no school yet.</translation>
    </message>
    <message>
        <source>This file holds {count} schools; name one with --school.</source>
        <translation>This file holds {count} schools; name one with --school.</translation>
    </message>
    <message>
        <source>There is no school named “{name}” in this file.</source>
        <translation>There is no school named “{name}” in this file.</translation>
    </message>
</context>
</TS>
