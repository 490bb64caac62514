package no.ips.outreach.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Watches the statements opened on a data source's connections. In the container those connections are pooled: a
 * statement left open when its connection goes back to the pool stays open (and in memory) for the connection's
 * life, so {@link #leftOpen()} counts the statements still open when their connection was closed.
 */
public final class StatementWatch {

    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger leftOpen = new AtomicInteger();

    public DataSource watching(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (method, result) ->
                result instanceof Connection connection ? watched(connection) : result);
    }

    public int opened() {
        return opened.get();
    }

    public int leftOpen() {
        return leftOpen.get();
    }

    private Connection watched(Connection connection) {
        Set<Statement> open = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        return proxy(Connection.class, connection, (method, result) -> {
            if (result instanceof Statement statement) {
                opened.incrementAndGet();
                Statement watched = proxy(Statement.class, statement, (statementMethod, statementResult) -> {
                    if (statementMethod.getName().equals("close")) {
                        open.remove(statement);
                    }
                    return statementResult;
                }, new Class<?>[] {method.getReturnType()});
                open.add(statement);
                return watched;
            }
            if (method.getName().equals("close")) {
                leftOpen.addAndGet(open.size());
                open.clear();
            }
            return result;
        });
    }

    private interface AfterCall {
        Object after(Method method, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        return proxy(type, target, after, new Class<?>[] {type});
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, AfterCall after, Class<?>[] interfaces) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return after.after(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementWatch.class.getClassLoader(), interfaces, handler);
    }
}
