package dk.welfarealliance.storage.jdbc.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} around another one that watches what the store does with its connections:
 *
 * <ul>
 *   <li>counts statements: calls of {@code execute*} and {@code executeBatch} on every statement of its
 *       connections (transaction control, {@code SET TRANSACTION …} included, is not a statement);
 *   <li>records the transaction-control calls on connections (commit, rollback, setAutoCommit, close, …) and
 *       the rows of every batch;
 *   <li>counts the connections handed out and not yet closed;
 *   <li>on request, fails the k-th statement, or every commit, with an {@link SQLException} of a given
 *       SQLState, without passing it on to the database.
 * </ul>
 *
 * Connections and statements are JDK dynamic proxies: the interfaces are too wide to delegate by hand, and
 * this is the one place in the module that needs it. Thread-safe.
 */
public final class RecordingDataSource implements DataSource {
    /** A batch call: the statement and how many rows it carried. */
    public record Batch(String sql, int rows) {}

    private static final List<String> CONTROL = List.of("commit", "rollback", "close", "setAutoCommit", "setReadOnly",
            "setTransactionIsolation", "setSavepoint", "releaseSavepoint");

    private final DataSource target;
    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final List<String> controlCalls = Collections.synchronizedList(new ArrayList<>());
    private final List<String> transactionStatements = Collections.synchronizedList(new ArrayList<>());
    private final List<Batch> batches = Collections.synchronizedList(new ArrayList<>());
    private volatile int failingStatement;
    private volatile boolean failingCommit;
    private volatile String faultState = "08006";
    private volatile int unchangingStatement;
    private volatile String failingCall;
    private volatile boolean failingConnect;
    private volatile String productName;
    private volatile int interruptedStatement;
    private volatile Consumer<Connection> interruption;
    private volatile Consumer<Connection> commitInterruption;

    public RecordingDataSource(DataSource target) {
        this.target = target;
    }

    /** Forgets the counts, calls and batches so far (not the open connections) and every fault. */
    public void reset() {
        statements.set(0);
        controlCalls.clear();
        transactionStatements.clear();
        batches.clear();
        failingStatement = 0;
        failingCommit = false;
        failingCall = null;
        failingConnect = false;
        unchangingStatement = 0;
        interruptedStatement = 0;
        interruption = null;
        commitInterruption = null;
    }

    /** @return the statements executed since the last {@link #reset()} */
    public int statements() {
        return statements.get();
    }

    /** @return the connections handed out and not closed */
    public int openConnections() {
        return open.get();
    }

    /** @return the transaction-control calls since the last reset, e.g. {@code ["setAutoCommit(false)", "commit"]} */
    public List<String> controlCalls() {
        synchronized (controlCalls) {
            return List.copyOf(controlCalls);
        }
    }

    /** @return the {@code SET TRANSACTION …} statements run since the last reset, as run */
    public List<String> transactionStatements() {
        synchronized (transactionStatements) {
            return List.copyOf(transactionStatements);
        }
    }

    /** @return the batch calls since the last reset */
    public List<Batch> batches() {
        synchronized (batches) {
            return List.copyOf(batches);
        }
    }

    /** Makes the {@code k}-th statement after the last reset fail with {@code sqlState}, without running it. */
    public void failStatement(int k, String sqlState) {
        this.faultState = sqlState;
        this.failingStatement = k;
    }

    /** Makes every commit fail with {@code sqlState}, without committing. */
    public void failCommit(String sqlState) {
        this.faultState = sqlState;
        this.failingCommit = true;
    }

    /** Makes the {@code k}-th statement after the last reset, an {@code executeUpdate}, report 0 rows without running. */
    public void pretendNoRowChanges(int k) {
        this.unchangingStatement = k;
    }

    /**
     * Makes every call of the connection method {@code name} fail: a bare name ({@code "close"}) fails every
     * call, a name with its argument ({@code "setAutoCommit(true)"}) only the calls with that argument.
     */
    public void failCall(String name, String sqlState) {
        this.faultState = sqlState;
        this.failingCall = name;
    }

    /** Makes {@link #getConnection()} fail with {@code sqlState}. */
    public void failConnect(String sqlState) {
        this.faultState = sqlState;
        this.failingConnect = true;
    }

    /**
     * Runs {@code action} with the underlying connection just before the {@code k}-th statement after the last
     * reset runs, e.g. to have another session terminate this connection's backend.
     */
    public void beforeStatement(int k, Consumer<Connection> action) {
        this.interruption = action;
        this.interruptedStatement = k;
    }

    /** Runs {@code action} with the underlying connection just before each commit goes to the database. */
    public void beforeCommit(Consumer<Connection> action) {
        this.commitInterruption = action;
    }

    /** Makes the connections' metadata report {@code name} as the database product. */
    public void reportProduct(String name) {
        this.productName = name;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (failingConnect) {
            throw new SQLException("injected fault in getConnection", faultState);
        }
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(target.getConnection(username, password));
    }

    /** @return {@code connection}, watched like the ones this data source hands out */
    public Connection wrap(Connection connection) {
        open.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                new ConnectionHandler(connection));
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection connection;
        private boolean closed;

        ConnectionHandler(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            String call = name + (args == null ? "" : "(" + args[0] + ")");
            if (CONTROL.contains(name)) {
                controlCalls.add(call);
            }
            Consumer<Connection> beforeCommit = commitInterruption;
            if (name.equals("commit") && beforeCommit != null) {
                beforeCommit.accept(connection);
            }
            if (name.equals("commit") && failingCommit || name.equals(failingCall) || call.equals(failingCall)) {
                throw new SQLException("injected fault in " + name, faultState);
            }
            if (name.equals("getMetaData") && productName != null) {
                DatabaseMetaData metaData = connection.getMetaData();
                String product = productName;
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DatabaseMetaData.class},
                        (p, m, a) -> m.getName().equals("getDatabaseProductName") ? product : call(metaData, m, a));
            }
            if (name.equals("close") && !closed) {
                closed = true;
                open.decrementAndGet();
            }
            Object result = call(connection, method, args);
            if (result instanceof Statement s) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : "";
                return Proxy.newProxyInstance(getClass().getClassLoader(), method.getReturnType().isInterface()
                        ? new Class<?>[] {method.getReturnType()} : new Class<?>[] {Statement.class},
                        new StatementHandler(s, sql, connection));
            }
            return result;
        }
    }

    private final class StatementHandler implements InvocationHandler {
        private final Statement statement;
        private final String sql;
        private final Connection connection;
        private int pendingRows;

        StatementHandler(Statement statement, String sql, Connection connection) {
            this.statement = statement;
            this.sql = sql;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("addBatch")) {
                pendingRows++;
            }
            if (name.startsWith("execute") && isTransactionControl(args)) {
                transactionStatements.add(((String) args[0]).strip());
            } else if (name.startsWith("execute")) {
                leadingTransactionControl(sql).ifPresent(transactionStatements::add);
                int n = statements.incrementAndGet();
                if (name.equals("executeBatch")) {
                    batches.add(new Batch(sql.strip(), pendingRows));
                    pendingRows = 0;
                }
                Consumer<Connection> action = interruption;
                if (n == interruptedStatement && action != null) {
                    action.accept(connection);
                }
                if (n == failingStatement) {
                    throw new SQLException("injected fault in statement " + n, faultState);
                }
                if (n == unchangingStatement && name.equals("executeUpdate")) {
                    return 0;
                }
            }
            return call(statement, method, args);
        }
    }

    /**
     * @return the {@code SET TRANSACTION …} that a prepared statement of several statements starts with, which
     *     is recorded as transaction control; the statement still counts as one, for the queries it carries
     */
    private static java.util.Optional<String> leadingTransactionControl(String sql) {
        String text = sql.strip();
        int end = text.indexOf(';');
        return end > 0 && text.toUpperCase(java.util.Locale.ROOT).startsWith("SET TRANSACTION")
                ? java.util.Optional.of(text.substring(0, end).strip()) : java.util.Optional.empty();
    }

    /** {@code SET TRANSACTION …}, run as a plain statement, is transaction control, as commit and rollback are. */
    private static boolean isTransactionControl(Object[] args) {
        return args != null && args.length > 0 && args[0] instanceof String sql
                && sql.strip().toUpperCase(java.util.Locale.ROOT).startsWith("SET TRANSACTION");
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
