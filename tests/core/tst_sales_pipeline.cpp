// SPDX-License-Identifier: GPL-3.0-or-later
// Pipelines, stages and the lost-reason list.
#include "salesfixture.h"

#include "core/sales/lostreasonlist.h"
#include "core/model/changelog.h"
#include "core/sales/pipelineservice.h"

using namespace Kizuna;
using namespace Kizuna::Sales;

class tst_SalesPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;

    QStringList stageNames(const QString &pipelineId)
    {
        QStringList names;
        auto stages = PipelineService(*m_f.store).stages(pipelineId);
        if (!stages.ok())
            return {stages.error().message};
        for (const PipelineStage &s : *stages)
            names << QStringLiteral("%1@%2").arg(s.name).arg(s.position);
        return names;
    }

private Q_SLOTS:
    void cleanup() { m_f.close(); }

    void defaultPipelineMatchesTheDemoData()
    {
        QVERIFY(m_f.open(m_dir, false));
        PipelineService service(*m_f.store);
        auto pipeline = service.defaultPipeline();
        SALES_VERIFY_OK(pipeline);
        auto stages = service.stages(pipeline->id);
        SALES_VERIFY_OK(stages);
        // The demo generator's stages (core/demo/catalog.cpp): probabilities and rotting days.
        QList<double> probabilities;
        QList<int> rotting;
        for (const PipelineStage &s : *stages) {
            probabilities << s.probability;
            rotting << s.rottingDays.value_or(-1);
        }
        QCOMPARE(probabilities, (QList<double>{0.1, 0.2, 0.4, 0.6, 0.8, 0.9}));
        QCOMPARE(rotting, (QList<int>{14, 14, 21, 21, 30, 14}));
        QCOMPARE(stages->first().name, QStringLiteral("First contact")); // untranslated in tests
        // A second call finds it instead of creating another.
        QCOMPARE(service.defaultPipeline()->id, pipeline->id);
        QCOMPARE(m_f.count(QStringLiteral("SELECT count(*) FROM pipelines")), 1);
        QCOMPARE(m_f.count("SELECT count(*) FROM (" + Model::ChangeLog::fieldRowsSql(QStringLiteral("l.entity = 'pipeline_stage'"))
                           + QStringLiteral(") WHERE field = 'probability'")),
                 6);
    }

    void defaultPipelineIsTheFirst()
    {
        QVERIFY(m_f.open(m_dir));
        QCOMPARE(PipelineService(*m_f.store).defaultPipeline()->id, QStringLiteral("p1"));
        auto all = PipelineService(*m_f.store).pipelines();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).name, QStringLiteral("Renewals"));
    }

    void addRenameReorderRemoveStages()
    {
        QVERIFY(m_f.open(m_dir));
        PipelineService service(*m_f.store);
        auto added = service.addStage(QStringLiteral("p1"), {QStringLiteral("Demo"), 0.3, 7}, 1);
        SALES_VERIFY_OK(added);
        QCOMPARE(stageNames(QStringLiteral("p1")),
                 (QStringList{"Lead in@0", "Demo@1", "Proposal@2", "Closing@3"}));
        auto last = service.addStage(QStringLiteral("p1"), {QStringLiteral("Signed"), 1.0, {}});
        SALES_VERIFY_OK(last);
        QCOMPARE(stageNames(QStringLiteral("p1")).last(), QStringLiteral("Signed@4"));

        SALES_VERIFY_OK(service.updateStage(*added, {QStringLiteral("Product demo"), 0.35, 10}));
        auto stage = service.stage(*added);
        QCOMPARE(stage->name, QStringLiteral("Product demo"));
        QCOMPARE(stage->probability, 0.35);
        QCOMPARE(stage->rottingDays, std::optional<int>(10));

        SALES_VERIFY_OK(service.reorderStages(QStringLiteral("p1"),
                                              {QStringLiteral("s1"), QStringLiteral("s2"), *added, QStringLiteral("s3"), *last}));
        QCOMPARE(stageNames(QStringLiteral("p1")),
                 (QStringList{"Lead in@0", "Proposal@1", "Product demo@2", "Closing@3", "Signed@4"}));
        QVERIFY(!service.reorderStages(QStringLiteral("p1"), {QStringLiteral("s1"), QStringLiteral("s2")}).ok());
        QVERIFY(!service.reorderStages(QStringLiteral("p1"), {QStringLiteral("s1"), QStringLiteral("s1"), *added,
                                                              QStringLiteral("s3"), *last}).ok());

        const Status busy = service.removeStage(QStringLiteral("s2"));
        QVERIFY(!busy.ok());
        QVERIFY2(busy.error().message.contains(QStringLiteral("Proposal")), qPrintable(busy.error().message));
        SALES_VERIFY_OK(service.removeStage(*last));
        QCOMPARE(stageNames(QStringLiteral("p1")).size(), 4);
        QCOMPARE(service.stage(*last).error().kind, ErrorKind::NotFound);

        SALES_VERIFY_OK(service.renamePipeline(QStringLiteral("p1"), QStringLiteral("New business")));
        QCOMPARE(service.pipeline(QStringLiteral("p1"))->name, QStringLiteral("New business"));
    }

    void stageInputErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("probability");
        QTest::addColumn<int>("rotting");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << " " << 0.5 << 3 << "\"name\"";
        QTest::newRow("probability above 1") << "x" << 1.5 << 3 << "\"probability\"";
        QTest::newRow("negative probability") << "x" << -0.1 << 3 << "\"probability\"";
        QTest::newRow("zero rotting days") << "x" << 0.5 << 0 << "\"rotting_days\"";
    }
    void stageInputErrors()
    {
        QVERIFY(m_f.open(m_dir));
        QFETCH(QString, name);
        QFETCH(double, probability);
        QFETCH(int, rotting);
        QFETCH(QString, field);
        auto added = PipelineService(*m_f.store).addStage(QStringLiteral("p1"), {name, probability, rotting});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, ErrorKind::BadInput);
        QVERIFY2(added.error().message.contains(field), qPrintable(added.error().message));
        QCOMPARE(stageNames(QStringLiteral("p1")).size(), 3);
    }

    void lostReasons()
    {
        QVERIFY(m_f.open(m_dir));
        LostReasonList list(*m_f.store);
        auto timing = list.add(QStringLiteral("Timing"));
        SALES_VERIFY_OK(timing);
        const auto names = [&list] {
            QStringList result;
            auto reasons = list.reasons();
            if (!reasons.ok())
                return QStringList{reasons.error().message};
            for (const LostReason &r : reasons.value())
                result << r.name;
            return result;
        };
        QCOMPARE(names(), (QStringList{"Price", "Competitor", "Timing"}));
        auto duplicate = list.add(QStringLiteral("price"));
        QVERIFY(!duplicate.ok());
        QVERIFY(duplicate.error().message.contains(QStringLiteral("\"name\"")));
        SALES_VERIFY_OK(list.rename(*timing, QStringLiteral("Too early")));
        QVERIFY(!list.rename(*timing, QStringLiteral("Competitor")).ok());
        SALES_VERIFY_OK(list.reorder({*timing, QStringLiteral("r1"), QStringLiteral("r2")}));
        QCOMPARE(names(), (QStringList{"Too early", "Price", "Competitor"}));
        QVERIFY(!list.reorder({QStringLiteral("r1")}).ok());
        SALES_VERIFY_OK(list.remove(QStringLiteral("r1")));
        QCOMPARE(names(), (QStringList{"Too early", "Competitor"}));
        // d7 still names its (deleted) reason.
        QCOMPARE(m_f.text(QStringLiteral("SELECT lost_reason_id FROM deals WHERE id = 'd7'")), QStringLiteral("r1"));
        SALES_VERIFY_OK(list.restore(QStringLiteral("r1")));
        QCOMPARE(names().size(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_SalesPipeline)
#include "tst_sales_pipeline.moc"
