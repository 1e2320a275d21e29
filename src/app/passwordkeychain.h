// Server passwords in the desktop's keychain (Secret Service or KWallet, through QtKeychain).
#pragma once

#include "storelocation.h"

#include <QCoreApplication>
#include <QString>

namespace ub {

/**
 * Keeps the passwords of PostgreSQL stores out of every file UnionBoard writes (#18): they go to
 * the desktop's keychain under the service "UnionBoard" and the key
 * "postgresql://user@host:port/db", and for the rest of the session into memory. Where the
 * keychain cannot be reached (no D-Bus session, as under CI), a password lives in memory only and
 * callers say so; there is deliberately no fallback to a file. Every call waits for the keychain
 * at most kTimeoutMs, so a keychain that never answers costs seconds, never the window.
 */
class PasswordKeychain
{
    Q_DECLARE_TR_FUNCTIONS(PasswordKeychain)
public:
    enum class Outcome { Found, NotFound, Unavailable };
    struct Lookup
    {
        Outcome outcome = Outcome::NotFound;
        QString password;
        /** Why the keychain could not be used (its own words), when Unavailable. */
        QString problem;
    };

    static constexpr int kTimeoutMs = 5000;
    static QString service();
    /** The entry's key: the location's URL without password or options. */
    static QString key(const StoreLocation &location);

    /** This session's password for the location, else the keychain's. */
    static Lookup find(const StoreLocation &location);
    /** Keeps a password that worked for the rest of this session (memory only). */
    static void keepForSession(const StoreLocation &location);
    /** Keeps it for the session and in the keychain; false with *problem when the keychain
     *  refused or could not be reached (the session still has it). */
    static bool remember(const StoreLocation &location, QString *problem);
    /** Removes the keychain's entry ("remember" unticked); the session keeps what worked. */
    static void forget(const StoreLocation &location);
    /** Whether the last keychain call reached a keychain (true until one has been tried). */
    static bool isAvailable();
};

} // namespace ub
