// SPDX-License-Identifier: GPL-3.0-or-later
// Lead conversion on the fixture of salesfixture.h: lead L (owner u1, qualified_lead, two
// activities, tag VIP, no company) becomes a customer with a company and a first deal; undo
// puts everything back, redo repeats it with the same ids.
#include "salesfixture.h"

#include "core/sales/dealservice.h"
#include "core/model/changelog.h"
#include "core/sales/leadconverter.h"

using namespace Kizuna;
using namespace Kizuna::Sales;

class tst_SalesLeads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;

    QString contactField(const char *field)
    {
        return m_f.text(QStringLiteral("SELECT %1 FROM contacts WHERE id = 'L'").arg(QString::fromLatin1(field)));
    }
    qint64 rows(const QString &table, const QString &where)
    {
        return m_f.count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where));
    }
    void verifyLeadUntouched()
    {
        QCOMPARE(contactField("kind"), QStringLiteral("lead"));
        QCOMPARE(contactField("lifecycle_stage"), QStringLiteral("qualified_lead"));
        QVERIFY(contactField("company_id").isNull());
        QCOMPARE(contactField("owner_id"), QStringLiteral("u1"));
        QCOMPARE(rows(QStringLiteral("activities"), QStringLiteral("contact_id = 'L'")), 2);
        QCOMPARE(rows(QStringLiteral("contact_tags"), QStringLiteral("contact_id = 'L'")), 1);
    }

private Q_SLOTS:
    void init() { QVERIFY(m_f.open(m_dir)); }
    void cleanup() { m_f.close(); }

    void convertWithNewCompanyAndDeal()
    {
        LeadConversionRequest request;
        request.contactId = QStringLiteral("L");
        request.newCompanyName = QStringLiteral("山田商店");
        request.createDeal = true;
        request.deal.amount = 50000;
        request.deal.expectedCloseDate = QDate(2025, 7, 31);
        auto conversion = LeadConverter(*m_f.store).convert(request, SalesFixture::at("2025-06-15T03:00:00.000Z"));
        SALES_VERIFY_OK(conversion);
        QVERIFY(!conversion->createdCompanyId.isEmpty());
        QVERIFY(!conversion->createdDealId.isEmpty());

        QCOMPARE(contactField("kind"), QStringLiteral("customer"));
        QCOMPARE(contactField("lifecycle_stage"), QStringLiteral("customer"));
        QCOMPARE(contactField("company_id"), conversion->createdCompanyId);
        // Owner, activities and tags are kept.
        QCOMPARE(contactField("owner_id"), QStringLiteral("u1"));
        QCOMPARE(rows(QStringLiteral("activities"), QStringLiteral("contact_id = 'L'")), 2);
        QCOMPARE(rows(QStringLiteral("contact_tags"), QStringLiteral("contact_id = 'L'")), 1);
        QCOMPARE(m_f.text(QStringLiteral("SELECT name || '/' || owner_id FROM companies WHERE id = '%1'")
                              .arg(conversion->createdCompanyId)),
                 QStringLiteral("山田商店/u1"));

        auto deal = DealService(*m_f.store).deal(conversion->createdDealId);
        SALES_VERIFY_OK(deal);
        QCOMPARE(deal->title, QStringLiteral("山田商店")); // no title given: the company's name
        QCOMPARE(deal->contactId, QStringLiteral("L"));
        QCOMPARE(deal->companyId, conversion->createdCompanyId);
        QCOMPARE(deal->ownerId, QStringLiteral("u1"));
        QCOMPARE(deal->pipelineId, QStringLiteral("p1")); // the default (first) pipeline
        QCOMPARE(deal->stageId, QStringLiteral("s1"));
        QCOMPARE(deal->amount, 50000.0);
        QCOMPARE(deal->stageEnteredAt, SalesFixture::at("2025-06-15T03:00:00.000Z"));
        QCOMPARE(DealService(*m_f.store).history(deal->id)->size(), 1);

        // Each change is in the change log.
        QCOMPARE(rows("(" + Model::ChangeLog::fieldRowsSql({}) + ")", QStringLiteral("entity = 'contact' AND record_id = 'L' AND field = 'kind'")), 1);
        QCOMPARE(rows("(" + Model::ChangeLog::fieldRowsSql({}) + ")", QStringLiteral("entity = 'company' AND op = 'insert'")), 2);

        SALES_VERIFY_OK(LeadConverter(*m_f.store).undo(*conversion));
        verifyLeadUntouched();
        QCOMPARE(rows(QStringLiteral("companies"), QStringLiteral("id = '%1'").arg(conversion->createdCompanyId)), 0);
        QCOMPARE(rows(QStringLiteral("deals"), QStringLiteral("id = '%1'").arg(conversion->createdDealId)), 0);
        QCOMPARE(rows(QStringLiteral("deal_stage_history"), QStringLiteral("deal_id = '%1'").arg(conversion->createdDealId)), 0);

        SALES_VERIFY_OK(LeadConverter(*m_f.store).redo(*conversion));
        QCOMPARE(contactField("company_id"), conversion->createdCompanyId);
        QCOMPARE(DealService(*m_f.store).deal(conversion->createdDealId)->stageEnteredAt,
                 SalesFixture::at("2025-06-15T03:00:00.000Z"));
        SALES_VERIFY_OK(LeadConverter(*m_f.store).undo(*conversion));
        verifyLeadUntouched();
    }

    void convertLinkingAnExistingCompany()
    {
        LeadConversionRequest request;
        request.contactId = QStringLiteral("L");
        request.companyId = QStringLiteral("K");
        auto conversion = LeadConverter(*m_f.store).convert(request);
        SALES_VERIFY_OK(conversion);
        QVERIFY(conversion->createdCompanyId.isEmpty());
        QVERIFY(conversion->createdDealId.isEmpty());
        QCOMPARE(contactField("company_id"), QStringLiteral("K"));
        QCOMPARE(contactField("kind"), QStringLiteral("customer"));
        SALES_VERIFY_OK(LeadConverter(*m_f.store).undo(*conversion));
        verifyLeadUntouched();
        QCOMPARE(rows(QStringLiteral("companies"), QStringLiteral("id = 'K'")), 1);
    }

    void convertRefusals_data()
    {
        QTest::addColumn<QString>("contact");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("newCompany");
        QTest::addColumn<QString>("message");
        QTest::newRow("a customer") << "C1" << "" << "" << "not a lead";
        QTest::newRow("unknown contact") << "zz" << "" << "" << "no contact";
        QTest::newRow("unknown company") << "L" << "zz" << "" << "\"company_id\"";
        QTest::newRow("both company choices") << "L" << "K" << "New" << "not both";
    }
    void convertRefusals()
    {
        QFETCH(QString, contact);
        QFETCH(QString, company);
        QFETCH(QString, newCompany);
        QFETCH(QString, message);
        LeadConversionRequest request;
        request.contactId = contact;
        request.companyId = company;
        request.newCompanyName = newCompany;
        request.createDeal = true;
        auto conversion = LeadConverter(*m_f.store).convert(request);
        QVERIFY(!conversion.ok());
        QVERIFY2(conversion.error().message.contains(message), qPrintable(conversion.error().message));
        verifyLeadUntouched();
        QCOMPARE(rows(QStringLiteral("companies"), QStringLiteral("1")), 1);
        QCOMPARE(rows(QStringLiteral("deals"), QStringLiteral("1")), 9);
    }

    void undoRefusedWhenTheDealGotAnActivity()
    {
        LeadConversionRequest request;
        request.contactId = QStringLiteral("L");
        request.newCompanyName = QStringLiteral("New Co");
        request.createDeal = true;
        request.deal.title = QStringLiteral("First order");
        auto conversion = LeadConverter(*m_f.store).convert(request);
        SALES_VERIFY_OK(conversion);
        QVERIFY(m_f.db->exec(QStringLiteral("INSERT INTO activities(id, type, occurred_at, contact_id, deal_id, created_at, "
                                            "updated_at) VALUES ('a9', 'meeting', 'x', 'L', '%1', 'x', 'x')")
                                 .arg(conversion->createdDealId)).ok());
        const Status undone = LeadConverter(*m_f.store).undo(*conversion);
        QVERIFY(!undone.ok());
        QVERIFY2(undone.error().message.contains(QStringLiteral("activities")), qPrintable(undone.error().message));
        // Nothing was undone half-way.
        QCOMPARE(contactField("kind"), QStringLiteral("customer"));
        QCOMPARE(rows(QStringLiteral("deals"), QStringLiteral("id = '%1'").arg(conversion->createdDealId)), 1);
        QCOMPARE(rows(QStringLiteral("companies"), QStringLiteral("id = '%1'").arg(conversion->createdCompanyId)), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SalesLeads)
#include "tst_sales_leads.moc"
