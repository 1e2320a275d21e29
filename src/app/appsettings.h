// The app's settings, each key declared once with its type and default.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace ub {

/** Typed access to QSettings: window state, panel, language, chart theme, last and recent stores. */
class AppSettings
{
public:
    QByteArray windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
    void setWindowGeometry(const QByteArray &value) { m_settings.setValue(kGeometry, value); }
    QByteArray windowState() const { return m_settings.value(kState).toByteArray(); }
    void setWindowState(const QByteArray &value) { m_settings.setValue(kState, value); }
    int currentPanel() const { return m_settings.value(kPanel, 0).toInt(); }
    void setCurrentPanel(int index) { m_settings.setValue(kPanel, index); }
    /** "zh_CN" (the default: the app speaks Chinese first) or "en". */
    QString language() const { return m_settings.value(kLanguage, QStringLiteral("zh_CN")).toString(); }
    void setLanguage(const QString &code) { m_settings.setValue(kLanguage, code); }
    /** "light", "dark" or "high_contrast" (see charttheme.h). */
    QString chartTheme() const { return m_settings.value(kChartTheme, QStringLiteral("light")).toString(); }
    void setChartTheme(const QString &key) { m_settings.setValue(kChartTheme, key); }
    /** Indicators whose cards the year panel shows first, whatever their reach. */
    QStringList pinnedIndicators() const { return m_settings.value(kPinned).toStringList(); }
    void setPinnedIndicators(const QStringList &keys) { m_settings.setValue(kPinned, keys); }
    QString lastStore() const { return m_settings.value(kLastStore).toString(); }
    void setLastStore(const QString &location) { m_settings.setValue(kLastStore, location); }
    /** File ▸ Recent Stores, newest first: display names, never a password (see RecentStores). */
    QStringList recentStores() const { return m_settings.value(kRecentStores).toStringList(); }
    void setRecentStores(const QStringList &names) { m_settings.setValue(kRecentStores, names); }

    /** The export dialog's last choices, by name ("format", "size", "scale", …). */
    QVariant exportChoice(const QString &name, const QVariant &fallback) const
    {
        return m_settings.value(kExportGroup + name, fallback);
    }
    void setExportChoice(const QString &name, const QVariant &value) { m_settings.setValue(kExportGroup + name, value); }

private:
    inline static const QString kExportGroup = QStringLiteral("export/");
    inline static const QString kGeometry = QStringLiteral("mainwindow/geometry");
    inline static const QString kState = QStringLiteral("mainwindow/state");
    inline static const QString kPanel = QStringLiteral("mainwindow/panel");
    inline static const QString kLanguage = QStringLiteral("ui/language");
    inline static const QString kChartTheme = QStringLiteral("charts/theme");
    inline static const QString kLastStore = QStringLiteral("store/last");
    inline static const QString kRecentStores = QStringLiteral("store/recent");
    inline static const QString kPinned = QStringLiteral("year/pinnedIndicators");
    QSettings m_settings;
};

} // namespace ub
