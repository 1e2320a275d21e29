#include "passwordkeychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

/** Memory only: what this process was told or found, so New Window and the import thread need
 *  no second prompt. */
QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

bool s_available = true;

/** Runs a job to its end or to the time limit; false with *problem unless it succeeded. The job
 *  deletes itself when it finishes, even after we stopped waiting. */
bool runJob(QKeychain::Job *job, QString *problem, bool *notFound = nullptr, QString *password = nullptr)
{
    job->setAutoDelete(true);
    QEventLoop loop;
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    // The context is the loop: a job that answers after we gave up reaches nothing.
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        error = done->error();
        message = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done); read && password)
            *password = read->textData();
        loop.quit();
    });
    QTimer::singleShot(PasswordKeychain::kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        *problem = PasswordKeychain::tr("the keychain did not answer within %n second(s)", nullptr,
                                        PasswordKeychain::kTimeoutMs / 1000);
        s_available = false;
        return false;
    }
    if (error == QKeychain::NoError) {
        s_available = true;
        return true;
    }
    if (error == QKeychain::EntryNotFound) {
        s_available = true;
        if (notFound)
            *notFound = true;
        return false;
    }
    s_available = error != QKeychain::NoBackendAvailable && error != QKeychain::NotImplemented &&
                  error != QKeychain::OtherError;
    *problem = message.isEmpty() ? PasswordKeychain::tr("no keychain is available") : message;
    return false;
}

} // namespace

QString PasswordKeychain::service()
{
    return u"UnionBoard"_s;
}

QString PasswordKeychain::key(const StoreLocation &location)
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(location.user, location.host)
        .arg(location.port)
        .arg(location.database);
}

PasswordKeychain::Lookup PasswordKeychain::find(const StoreLocation &location)
{
    Lookup lookup;
    const QString entry = key(location);
    if (const auto it = sessionPasswords().constFind(entry); it != sessionPasswords().constEnd()) {
        lookup.outcome = Outcome::Found;
        lookup.password = *it;
        return lookup;
    }
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(entry);
    bool notFound = false;
    if (runJob(job, &lookup.problem, &notFound, &lookup.password)) {
        lookup.outcome = Outcome::Found; // the session keeps it once the server took it
    } else {
        lookup.outcome = notFound ? Outcome::NotFound : Outcome::Unavailable;
    }
    return lookup;
}

void PasswordKeychain::keepForSession(const StoreLocation &location)
{
    sessionPasswords().insert(key(location), location.password);
}

bool PasswordKeychain::remember(const StoreLocation &location, QString *problem)
{
    keepForSession(location);
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key(location));
    job->setTextData(location.password);
    return runJob(job, problem);
}

void PasswordKeychain::forget(const StoreLocation &location)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key(location));
    QString ignored;
    bool notFound = false;
    runJob(job, &ignored, &notFound);
}

bool PasswordKeychain::isAvailable()
{
    return s_available;
}

} // namespace ub
