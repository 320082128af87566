// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/contactkeyindex.h"

#include <QTest>

#include <deque>
#include <string>

using Kizuna::Analytics::ContactKeyIndex;

class TestContactKeyIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionsFollowInsertionOrder()
    {
        ContactKeyIndex index;
        QCOMPARE(index.insert("c-1"), size_t(0));
        QCOMPARE(index.insert("c-2"), size_t(1));
        QCOMPARE(index.insert("c-1"), size_t(0)); // known: its position, nothing added
        QCOMPARE(index.size(), size_t(2));
        QCOMPARE(index.find("c-2"), size_t(1));
        QCOMPARE(index.find("c-3"), ContactKeyIndex::NotFound);
        QCOMPARE(index.find(""), ContactKeyIndex::NotFound);
        QCOMPARE(index.find("c-"), ContactKeyIndex::NotFound); // a prefix is another key
    }

    // Far more keys than the index was sized for: it grows, and every key keeps its position.
    void growsAndKeepsEveryKey()
    {
        std::deque<std::string> keys;
        ContactKeyIndex index(4);
        for (int i = 0; i < 50'000; ++i) {
            keys.push_back("contact-" + std::to_string(i * 7919));
            QCOMPARE(index.insert(keys.back()), size_t(i));
        }
        QCOMPARE(index.size(), keys.size());
        for (size_t i = 0; i < keys.size(); ++i)
            QCOMPARE(index.find(keys[i]), i);
        QCOMPARE(index.find("contact-1"), ContactKeyIndex::NotFound);
        QCOMPARE(index.find("contact-50000"), ContactKeyIndex::NotFound);
    }
};

QTEST_APPLESS_MAIN(TestContactKeyIndex)
#include "tst_contactkeyindex.moc"
