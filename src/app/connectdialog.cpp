#include "connectdialog.h"
#include "ui_connectdialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

const QString kDefaultSslMode = u"prefer"_s;

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    fillSslModes();
    m_ui->problemLabel->hide();
    m_ui->keychainLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateOkButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOkButton();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::fillSslModes()
{
    const QString chosen = m_ui->sslCombo->currentData().toString();
    const QHash<QString, QString> descriptions = {
        {u"disable"_s, tr("disable: never encrypt")},
        {u"allow"_s, tr("allow: encrypt only when the server insists")},
        {u"prefer"_s, tr("prefer: encrypt when the server can (default)")},
        {u"require"_s, tr("require: always encrypt, trust any certificate")},
        {u"verify-ca"_s, tr("verify-ca: always encrypt, check the certificate's authority")},
        {u"verify-full"_s, tr("verify-full: always encrypt, check the authority and the server's name")},
    };
    QSignalBlocker blocker(m_ui->sslCombo);
    m_ui->sslCombo->clear();
    for (const QString &mode : StoreLocation::sslModes())
        m_ui->sslCombo->addItem(descriptions.value(mode, mode), mode);
    m_ui->sslCombo->setCurrentIndex(m_ui->sslCombo->findData(chosen.isEmpty() ? kDefaultSslMode : chosen));
}

void ConnectDialog::setLocation(const StoreLocation &location)
{
    m_ui->hostEdit->setText(location.host);
    m_ui->portSpin->setValue(location.port > 0 ? location.port : 5432);
    m_ui->databaseEdit->setText(location.database);
    m_ui->userEdit->setText(location.user);
    m_ui->passwordEdit->setText(location.password);
    const int ssl = m_ui->sslCombo->findData(location.sslMode.isEmpty() ? kDefaultSslMode : location.sslMode);
    m_ui->sslCombo->setCurrentIndex(std::max(0, ssl));
    // Straight to what is missing: usually the password.
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->passwordEdit}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

StoreLocation ConnectDialog::location() const
{
    StoreLocation location;
    location.engine = StoreLocation::Engine::Postgres;
    location.host = m_ui->hostEdit->text().trimmed();
    location.port = m_ui->portSpin->value();
    location.database = m_ui->databaseEdit->text().trimmed();
    location.user = m_ui->userEdit->text().trimmed();
    location.password = m_ui->passwordEdit->text();
    const QString ssl = m_ui->sslCombo->currentData().toString();
    location.sslMode = ssl == kDefaultSslMode ? QString() : ssl;
    return location;
}

bool ConnectDialog::rememberPassword() const
{
    return m_keychainAvailable && m_ui->rememberCheck->isChecked();
}

void ConnectDialog::setProblem(const QString &message)
{
    m_ui->problemLabel->setText(message);
    m_ui->problemLabel->setVisible(!message.isEmpty());
}

void ConnectDialog::setKeychainAvailable(bool available, const QString &problem)
{
    m_keychainAvailable = available;
    m_keychainProblem = problem;
    showKeychainState();
}

void ConnectDialog::showKeychainState()
{
    m_ui->rememberCheck->setVisible(m_keychainAvailable);
    m_ui->keychainLabel->setVisible(!m_keychainAvailable);
    if (m_keychainAvailable)
        return;
    QString text =
        tr("The desktop's keychain is not available, so the password is kept only until UnionBoard "
           "closes; it is never written to a file.");
    if (!m_keychainProblem.isEmpty())
        text += u' ' + tr("(%1)").arg(m_keychainProblem);
    m_ui->keychainLabel->setText(text);
}

void ConnectDialog::updateOkButton()
{
    const bool complete = !m_ui->hostEdit->text().trimmed().isEmpty() &&
                          !m_ui->databaseEdit->text().trimmed().isEmpty() &&
                          !m_ui->userEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
        fillSslModes();
        showKeychainState();
    }
    QDialog::changeEvent(event);
}

} // namespace ub
