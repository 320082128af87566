// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the vCard import path: encoding detection, the card reader (unfolding, quoted-printable
// soft breaks, parameters, CHARSET, BEGIN/END), read from a QBuffer and again in short reads,
// the cards through VCardConverter into contact values, and the text rules the export uses.
#include "chunkeddevice.h"
#include "fuzzharness.h"

#include "core/io/contactrowconverter.h"
#include "core/io/vcardconverter.h"
#include "core/io/vcardreader.h"
#include "core/io/vcardtext.h"

#include <QBuffer>
#include <QRegularExpression>

using namespace Kizuna;
using namespace Kizuna::Io;

namespace {

struct Outcome
{
    QList<VCard> cards;
    QString error;
    TextEncoding encoding = TextEncoding::Auto;
};

bool sameProperty(const VCardProperty &a, const VCardProperty &b)
{
    return a.line == b.line && a.name == b.name && a.params == b.params && a.value == b.value;
}

bool sameCard(const VCard &a, const VCard &b)
{
    if (a.line != b.line || a.version != b.version || a.properties.size() != b.properties.size()
        || a.problems.size() != b.problems.size())
        return false;
    for (qsizetype i = 0; i < a.properties.size(); ++i) {
        if (!sameProperty(a.properties.at(i), b.properties.at(i)))
            return false;
    }
    for (qsizetype i = 0; i < a.problems.size(); ++i) {
        if (a.problems.at(i).text() != b.problems.at(i).text())
            return false;
    }
    return true;
}

bool same(const Outcome &a, const Outcome &b)
{
    if (a.error != b.error || a.encoding != b.encoding || a.cards.size() != b.cards.size())
        return false;
    for (qsizetype i = 0; i < a.cards.size(); ++i) {
        if (!sameCard(a.cards.at(i), b.cards.at(i)))
            return false;
    }
    return true;
}

qint64 lineOfError(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("^line (\\d+): \\S"));
    const QRegularExpressionMatch match = pattern.match(message);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// Lines inside the card, in order, after its BEGIN line.
void checkCard(const VCard &card, qint64 previousEnd)
{
    KIZUNA_FUZZ_CHECK(card.line > previousEnd);
    qint64 line = card.line;
    for (const VCardProperty &property : card.properties) {
        KIZUNA_FUZZ_CHECK(property.line > line);
        line = property.line;
    }
    for (const RejectedRow &problem : card.problems) {
        KIZUNA_FUZZ_CHECK(problem.line > card.line);
        KIZUNA_FUZZ_CHECK(!problem.message.isEmpty());
    }
}

// The text rules of the export: escaping is undone by unescaping, and folded lines are at most
// 75 octets of whole UTF-8 characters that join back into the line.
void checkTextRules(const QString &value)
{
    QString withoutCr = value;
    withoutCr.remove(u'\r');
    const QString escaped = VCardText::escape(value);
    KIZUNA_FUZZ_CHECK(VCardText::unescape(escaped) == withoutCr);
    KIZUNA_FUZZ_CHECK(VCardText::splitValues(VCardText::escape(withoutCr), u';').size() == 1);

    const QString line = QStringLiteral("NOTE:") + escaped;
    const QByteArray folded = VCardText::foldLine(line);
    KIZUNA_FUZZ_CHECK(folded.endsWith("\r\n"));
    QByteArray joined;
    const QList<QByteArray> parts = folded.chopped(2).split('\n');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QByteArray part = parts.at(i);
        if (i + 1 < parts.size()) {
            KIZUNA_FUZZ_CHECK(part.endsWith('\r'));
            part.chop(1);
        }
        KIZUNA_FUZZ_CHECK(part.size() <= 75);
        KIZUNA_FUZZ_CHECK(i == 0 || part.startsWith(' '));
        joined += i == 0 ? part : part.mid(1);
    }
    KIZUNA_FUZZ_CHECK(joined == line.toUtf8());
}

Outcome readAll(QIODevice &device, qsizetype inputSize)
{
    VCardReader reader(device);
    Outcome outcome;
    VCard card;
    qint64 previousEnd = 0, bytesRead = 0;
    for (;;) {
        auto more = reader.next(card);
        KIZUNA_FUZZ_CHECK(reader.bytesRead() >= bytesRead && reader.bytesRead() <= inputSize);
        bytesRead = reader.bytesRead();
        if (!more.ok()) {
            outcome.error = more.error().message;
            KIZUNA_FUZZ_CHECK(more.error().kind == ErrorKind::BadInput);
            KIZUNA_FUZZ_CHECK(lineOfError(outcome.error) > previousEnd);
            break;
        }
        if (!*more)
            break;
        checkCard(card, previousEnd);
        previousEnd = card.properties.isEmpty() ? card.line : card.properties.last().line;
        outcome.cards << card;
        KIZUNA_FUZZ_CHECK(outcome.cards.size() <= inputSize);
    }
    outcome.encoding = reader.encoding();
    return outcome;
}

void convertCards(const QList<VCard> &cards)
{
    const VCardConverter converter;
    VCardContact contact;
    for (const VCard &card : cards) {
        QList<RejectedRow> rejected;
        const bool ok = converter.convert(card, contact, rejected);
        if (ok) {
            KIZUNA_FUZZ_CHECK(rejected.isEmpty());
            KIZUNA_FUZZ_CHECK(contact.row.values.size() == ContactRowConverter::fields().size());
            for (const VCardPoint &point : contact.points)
                KIZUNA_FUZZ_CHECK(!point.kind.isEmpty() && !point.value.isEmpty());
        } else {
            // A rejected card says why, at a line of the card.
            KIZUNA_FUZZ_CHECK(!rejected.isEmpty());
            for (const RejectedRow &problem : rejected)
                KIZUNA_FUZZ_CHECK(problem.line >= card.line && !problem.message.isEmpty());
        }
        for (const VCardProperty &property : card.properties)
            checkTextRules(VCardText::unescape(property.value));
    }
}

} // namespace

KIZUNA_FUZZ_TARGET(vcard)(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Outcome whole = readAll(buffer, bytes.size());
    Fuzz::ChunkedDevice chunked(bytes);
    const Outcome pieces = readAll(chunked, bytes.size());
    KIZUNA_FUZZ_CHECK(same(whole, pieces)); // the same whatever size the reads come in
    convertCards(whole.cards);
    return 0;
}
