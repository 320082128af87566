// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Kizuna::Io {

// How the values of imported files are read and checked, before they become stored values.

struct PersonName
{
    QString family;
    QString given;
};

// Splits a full name (or its reading) into family and given name:
//   "Yamada, Taro" (a comma)             → family before the comma;
//   "山田 太郎", "山田　太郎", "ヤマダ タロウ" → Japanese order, family first (at the first space);
//   "Taro Yamada", "Mary Ann Smith"       → Latin order, the last word is the family name;
//   "山田太郎", "Madonna" (no space)       → all of it as the family name.
// `reading` forces the family-first order for text without a comma (readings are written as
// the name is said: "Yamada Taro").
PersonName splitPersonName(QStringView fullName, bool reading = false);

// A date as spreadsheets and people write it: yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyyMMdd,
// yyyy年M月d日, an ISO date-time (the date is taken), and 和暦 (令和/平成/昭和/大正 or R/H/S/T:
// "平成2年1月5日", "S55.3.1", "R1/5/1"). Invalid QDate when it is none of these.
QDate parseImportDate(QStringView text);

// An email address normalised for storing: NFKC (full-width ＠ and letters as ASCII), trimmed.
QString normalizedEmail(QStringView text);
// A plausible address: one @, a local part and a domain with a dot, no spaces or control
// characters, at most 254 characters.
bool isPlausibleEmail(QStringView email);
// The key under which two addresses are the same person: the normalised address, case folded.
QString emailKey(QStringView email);

// The key under which two phone numbers are the same: the digits in national form (+81 90… →
// 090…); empty when there are fewer than 6 digits (too short to tell people apart).
QString phoneKey(QStringView phone);

// A Japanese postal code as "123-4567" from "1234567", "〒123-4567", "１２３－４５６７" …;
// empty when it is not 7 digits.
QString japanesePostalCode(QStringView text);
// True for an empty country or one that names Japan (日本, Japan, JP, JPN).
bool isJapan(QStringView country);

} // namespace Kizuna::Io
